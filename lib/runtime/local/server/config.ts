// Server-side settings of the local runtime, read once from the environment.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuntimeMode } from '../protocol';

export interface RuntimeConfig {
  mode: RuntimeMode;
  startersDir: string;
  /** Parent of every session's workspace folder. */
  workspacesDir: string;
  /** A session with no request for this long is removed with its processes. */
  idleMs: number;
  testTimeoutMs: number;
  /** Characters of test output forwarded per run. */
  outputLimit: number;
  appStartTimeoutMs: number;
  maxBodyBytes: number;
  maxFiles: number;
  maxFileSize: number;
  /** Past this many sessions the least recently used one is removed. */
  maxSessions: number;
}

const MODES: readonly RuntimeMode[] = ['auto', 'local', 'webcontainer'];

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number (got "${value}").`);
  return parsed;
}

export function parseMode(value: string | undefined): RuntimeMode {
  if (value === undefined || value === '') return 'auto';
  if ((MODES as readonly string[]).includes(value)) return value as RuntimeMode;
  throw new Error(`WORKBOOK_RUNTIME must be one of ${MODES.join(', ')} (got "${value}").`);
}

export function configFromEnv(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): RuntimeConfig {
  return {
    mode: parseMode(env.WORKBOOK_RUNTIME),
    startersDir: join(projectRoot, 'starters'),
    workspacesDir: env.WORKBOOK_WORKSPACES_DIR || join(tmpdir(), 'nest-workbook'),
    idleMs: number(env.WORKBOOK_IDLE_MINUTES, 30, 'WORKBOOK_IDLE_MINUTES') * 60_000,
    testTimeoutMs: number(env.WORKBOOK_TEST_TIMEOUT_MS, 15_000, 'WORKBOOK_TEST_TIMEOUT_MS'),
    outputLimit: 1024 * 1024,
    appStartTimeoutMs: number(env.WORKBOOK_APP_START_TIMEOUT_MS, 60_000, 'WORKBOOK_APP_START_TIMEOUT_MS'),
    maxBodyBytes: 5 * 1024 * 1024,
    maxFiles: 500,
    maxFileSize: 1024 * 1024,
    maxSessions: number(env.WORKBOOK_MAX_SESSIONS, 8, 'WORKBOOK_MAX_SESSIONS'),
  };
}

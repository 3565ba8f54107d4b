// Runs a workspace's own Vitest once (`vitest run`, JSON reporter to a file) in a
// child process and reads the report back.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { firstLine, parseVitestJson, type VitestJsonResult } from './vitest-json';
import type { Workspace } from './workspace';

export interface VitestRunOptions {
  /** Added to the inherited environment (NODE_OPTIONS and npm_* are not inherited). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface VitestRun {
  result?: VitestJsonResult;
  /** Why there is no result: crash, timeout, unreadable report. */
  error?: string;
  durationMs: number;
  /** The last lines Vitest printed, for errors. */
  outputTail: string;
}

const DEFAULT_TIMEOUT_MS = 180_000;
const TAIL_CHARS = 4_000;

export type Environment = Record<string, string | undefined>;

/** The parent's environment without what would change how the child runs. */
export function childEnvironment(parent: Environment, extra: Record<string, string> = {}): Environment {
  const kept = Object.entries(parent).filter(
    ([key]) => key !== 'NODE_OPTIONS' && !key.startsWith('npm_') && !key.startsWith('VITEST'),
  );
  return { ...Object.fromEntries(kept), CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Where a run that printed no report most likely went wrong, in one line. */
export function explainCrash(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => firstLine(line))
    .filter((line) => line && !line.includes('⎯'));
  const thrown = lines.find((line) => /^[\w.]*Error\b.*:/.test(line));
  const mentioned = lines.find((line) => /\berror\b/i.test(line) && !/^at /.test(line));
  return thrown ?? mentioned ?? lines.at(-1) ?? 'no output';
}

export async function runVitest(workspace: Workspace, options: VitestRunOptions = {}): Promise<VitestRun> {
  await rm(workspace.reportFile, { force: true });
  const started = Date.now();
  const binary = path.join(workspace.dir, 'node_modules', '.bin', 'vitest');
  const args = ['run', '--reporter=json', `--outputFile=${workspace.reportFile}`, '--no-cache'];
  const child = spawn(binary, args, {
    cwd: workspace.dir,
    env: childEnvironment(process.env, options.env) as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-TAIL_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => {
    timedOut = true;
    // The whole group: Vitest's workers must not outlive the run.
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += `\n${error.message}`;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  const durationMs = Date.now() - started;
  if (timedOut) return { error: `vitest did not finish within ${timeoutMs / 1000} s`, durationMs, outputTail: output };
  const report = await readFile(workspace.reportFile, 'utf8').catch(() => undefined);
  if (report === undefined) {
    return {
      error: `vitest exited with code ${exitCode} and wrote no report: ${explainCrash(output)}`,
      durationMs,
      outputTail: output,
    };
  }
  try {
    return { result: parseVitestJson(report, workspace.dir), durationMs, outputTail: output };
  } catch (error) {
    return { error: (error as Error).message, durationMs, outputTail: output };
  }
}

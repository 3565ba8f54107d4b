// Every process that runs a learner's code starts here: in its own process group
// (so a timeout can kill it and everything it spawned) with a clean environment
// (so it cannot read the server's secrets).
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const FALLBACK_PATH = '/usr/local/bin:/usr/bin:/bin';

/**
 * The whole environment of a learner process. Nothing from the server's own
 * environment is passed on except PATH (to find `node`).
 */
export function cleanEnv(workspace: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const tmp = join(workspace, '.workbook', 'tmp');
  mkdirSync(tmp, { recursive: true });
  return {
    PATH: process.env.PATH || FALLBACK_PATH,
    HOME: workspace,
    TMPDIR: tmp,
    NODE_ENV: 'test',
    CI: '1',
    FORCE_COLOR: '1',
    ...extra,
  };
}

export interface GroupSpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Adds an IPC channel as the fourth stdio entry. */
  ipc?: boolean;
}

/** Spawns `node` (this very binary) as the leader of a new process group. */
export function spawnNodeGroup(args: string[], options: GroupSpawnOptions): ChildProcess {
  const stdio: StdioOptions = options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'];
  return spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio,
    detached: true,
    serialization: 'json',
  });
}

/** True once the child has exited or was killed. */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGKILLs the child's whole process group and waits for the child to exit. */
export function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return Promise.resolve();
  const exited = hasExited(child)
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // Even when the leader is gone, members it left behind share the group id.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    if (!hasExited(child)) child.kill('SIGKILL');
  }
  return exited;
}

// Starts a workspace's Nest app the way `nest start` does (compile with the
// starter's TypeScript, then `node dist/main.js`), on a free loopback port.
//
// Measured on this machine for the starter: `nest start` ≈ 5.3 s to compile,
// `tsc -p tsconfig.build.json` ≈ 2.4 s for the same output (the CLI loads its
// schematics and plugins first), so we call tsc directly. Nest boot adds ≈ 0.5 s.
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { cleanEnv, hasExited, killGroup, spawnNodeGroup } from './child-process';

const APP_PRELOAD = new URL('./host/app-preload.mjs', import.meta.url).href;
const POLL_MS = 100;

export interface AppStartOptions {
  onOutput?: (chunk: string) => void;
  signal?: AbortSignal;
}

export class AppStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppStartError';
  }
}

/** Asks the OS for a free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  if (hasExited(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export class AppRunner {
  #child: ChildProcess | null = null;
  #port: number | null = null;

  constructor(
    readonly workspace: string,
    readonly startTimeoutMs: number,
  ) {}

  /** The port of the app once it answered, null while stopped or starting. */
  get port(): number | null {
    return this.#child && !hasExited(this.#child) ? this.#port : null;
  }

  /** The running app's process, for callers that watch it exit. */
  get process(): ChildProcess | null {
    return this.#child;
  }

  /** Replaces any running app; resolves with its port once it accepts connections. */
  async start({ onOutput, signal }: AppStartOptions = {}): Promise<number> {
    await this.stop();
    const deadline = Date.now() + this.startTimeoutMs;
    await this.#compile(deadline, onOutput, signal);
    const port = await freePort();
    const env = cleanEnv(this.workspace, { NODE_ENV: 'development', PORT: String(port) });
    const child = spawnNodeGroup(['--import', APP_PRELOAD, 'dist/main.js'], { cwd: this.workspace, env, ipc: true });
    this.#child = child;
    this.#port = port;
    child.stdout?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
    await this.#waitForPort(child, port, deadline, signal);
    return port;
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    this.#port = null;
    if (child) await killGroup(child);
  }

  async #compile(deadline: number, onOutput?: (chunk: string) => void, signal?: AbortSignal): Promise<void> {
    // Like nest-cli's deleteOutDir; the build info goes too, or tsc would skip emitting.
    await rm(join(this.workspace, 'dist'), { recursive: true, force: true });
    await rm(join(this.workspace, 'tsconfig.build.tsbuildinfo'), { force: true });
    onOutput?.('\u001b[2m$ tsc -p tsconfig.build.json\u001b[22m\n');
    const tsc = join(this.workspace, 'node_modules', 'typescript', 'bin', 'tsc');
    const child = spawnNodeGroup([tsc, '-p', 'tsconfig.build.json', '--pretty'], {
      cwd: this.workspace,
      env: cleanEnv(this.workspace, { NODE_ENV: 'development' }),
    });
    this.#child = child;
    child.stdout?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
    const code = await this.#withinLimits(exitCode(child), deadline, signal);
    this.#child = null;
    if (code !== 0) throw new AppStartError('The project did not compile; see the errors above.');
  }

  async #waitForPort(child: ChildProcess, port: number, deadline: number, signal?: AbortSignal): Promise<void> {
    const exited = exitCode(child).then((code) => {
      throw new AppStartError(`The app stopped before it listened on its port (exit code ${code}).`);
    });
    exited.catch(() => {});
    const answering = (async () => {
      while (!(await portAnswers(port))) {
        if (hasExited(child)) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();
    await this.#withinLimits(Promise.race([answering, exited]), deadline, signal);
  }

  /** Waits for `work`, or stops everything when the start-up deadline passes or the caller aborts. */
  async #withinLimits<T>(work: Promise<T>, deadline: number, signal?: AbortSignal): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const limit = new Promise<never>((_, reject) => {
      const seconds = Math.round(this.startTimeoutMs / 1000);
      timer = setTimeout(
        () => reject(new AppStartError(`The app did not start within ${seconds} s.`)),
        deadline - Date.now(),
      );
      onAbort = () => reject(new AppStartError('Starting the app was cancelled.'));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work, limit]);
    } catch (error) {
      await this.stop();
      throw error;
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }
}

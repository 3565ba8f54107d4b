// The server's handle on one vitest-host.mjs process.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cleanEnv, hasExited, killGroup, spawnNodeGroup } from '../child-process';
import type { HostMessage, RunRequest, TestHostArgs } from './test-host-protocol';

const HOST_SCRIPT = fileURLToPath(new URL('./vitest-host.mjs', import.meta.url));
const STDERR_TAIL = 4000;

export type HostListener = (message: HostMessage) => void;

export class TestHost {
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  /** The end of the host's own stderr, for "stopped unexpectedly" messages. */
  stderrTail = '';
  #listener: HostListener | null = null;
  #child: ChildProcess;

  constructor(workspace: string, args: TestHostArgs) {
    this.#child = spawnNodeGroup([HOST_SCRIPT, JSON.stringify(args)], {
      cwd: workspace,
      env: cleanEnv(workspace),
      ipc: true,
    });
    const child = this.#child;
    child.stdout?.on('data', (chunk: Buffer) => this.#emitRaw(chunk));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-STDERR_TAIL);
      this.#emitRaw(chunk);
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (message: HostMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(new Error(message.error));
      };
      child.on('message', onMessage);
      child.on('message', (message: HostMessage) => this.#listener?.(message));
      void this.exited.then(() => reject(new Error(this.describeExit())));
    });
    // A rejection nobody awaited yet must not crash the server.
    this.ready.catch(() => {});
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get alive(): boolean {
    return !hasExited(this.#child);
  }

  /** The one place messages go; a run installs itself and removes itself when it ends. */
  listen(listener: HostListener | null): void {
    this.#listener = listener;
  }

  run(changed: string[]): void {
    const request: RunRequest = { type: 'run', changed };
    this.#child.send(request);
  }

  kill(): Promise<void> {
    return killGroup(this.#child);
  }

  #emitRaw(chunk: Buffer): void {
    this.#listener?.({ type: 'output', data: chunk.toString() });
  }

  describeExit(): string {
    const { exitCode, signalCode } = this.#child;
    const how = signalCode ? `was stopped by ${signalCode}` : `exited with code ${exitCode}`;
    const tail = this.stderrTail.trim();
    return `The test runner ${how}.${tail ? `\n${tail}` : ''}`;
  }
}

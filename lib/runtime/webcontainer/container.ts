// The slice of @webcontainer/api the runtime uses, so tests can pass the
// in-memory fake, plus helpers to run a process with streaming, abort and timeout.
import type { FileSystemTree, SpawnOptions } from '@webcontainer/api';

export interface ContainerProcess {
  output: ReadableStream<string>;
  exit: Promise<number>;
  kill(): void;
}

export interface WebContainerLike {
  fs: {
    readFile(path: string, encoding: 'utf-8'): Promise<string>;
    writeFile(path: string, contents: string): Promise<void>;
    mkdir(path: string, options: { recursive: true }): Promise<unknown>;
    rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  };
  mount(tree: FileSystemTree): Promise<void>;
  spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess>;
  on(event: 'server-ready', listener: (port: number, url: string) => void): () => void;
  teardown(): void;
}

export type ProcessEnd = { kind: 'exited'; code: number } | { kind: 'cancelled' } | { kind: 'timeout' };

export interface WatchOptions {
  onOutput?: (chunk: string) => void;
  signal?: AbortSignal;
  /** Kill the process after this long; no limit when undefined. */
  timeoutMs?: number;
}

/** Streams a process's output and waits for it to exit, be cancelled or time out (killing it then). */
export async function watchProcess(process: ContainerProcess, options: WatchOptions = {}): Promise<ProcessEnd> {
  const { onOutput, signal, timeoutMs } = options;
  const piping = process.output
    .pipeTo(new WritableStream({ write: (chunk) => onOutput?.(chunk) }))
    .catch(() => undefined);
  let stop: (end: ProcessEnd) => void = () => {};
  const stopped = new Promise<ProcessEnd>((resolve) => (stop = resolve));
  const onAbort = () => stop({ kind: 'cancelled' });
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => stop({ kind: 'timeout' }), timeoutMs);
  try {
    const end = await Promise.race([process.exit.then((code): ProcessEnd => ({ kind: 'exited', code })), stopped]);
    if (end.kind !== 'exited') process.kill();
    else await piping;
    return end;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

// A small in-memory stand-in for @webcontainer/api's WebContainer, for unit
// tests only (a real one needs stackblitz.com). Files live in a Map; spawned
// commands run scripted handlers that write output, touch files and exit.
import type { FileSystemTree, SpawnOptions } from '@webcontainer/api';
import type { ContainerProcess, WebContainerLike } from './container';

export interface FakeProcessIo {
  command: string;
  args: string[];
  /** Writes to the process's terminal output. */
  write(chunk: string): void;
  files: Map<string, string>;
  /** Resolves when the runtime kills the process. */
  killed: Promise<void>;
  /** Fires the container's 'server-ready' event, as a started HTTP server would. */
  serverReady(port: number, url: string): void;
}

/** Returns the exit code; may wait (e.g. on `killed`) to model a long-running process. */
export type FakeCommand = (io: FakeProcessIo) => number | Promise<number>;

export class FakeWebContainer implements WebContainerLike {
  readonly files = new Map<string, string>();
  readonly spawned: { command: string; args: string[]; env?: SpawnOptions['env'] }[] = [];
  tornDown = false;
  private readonly commands = new Map<string, FakeCommand>();
  private readonly serverReadyListeners = new Set<(port: number, url: string) => void>();

  /** Scripts `command` (matched on "command arg0 arg1…" prefix, longest first). */
  handle(commandLine: string, run: FakeCommand): this {
    this.commands.set(commandLine, run);
    return this;
  }

  readonly fs = {
    readFile: async (path: string): Promise<string> => {
      const contents = this.files.get(normalise(path));
      if (contents === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return contents;
    },
    writeFile: async (path: string, contents: string): Promise<void> => {
      this.files.set(normalise(path), contents);
    },
    mkdir: async (): Promise<void> => {},
    rm: async (path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void> => {
      const target = normalise(path);
      const hits = [...this.files.keys()].filter((p) => p === target || p.startsWith(`${target}/`));
      if (hits.length === 0 && !options?.force) throw new Error(`ENOENT: no such file or directory, rm '${path}'`);
      for (const hit of hits) this.files.delete(hit);
    },
  };

  async mount(tree: FileSystemTree, prefix = ''): Promise<void> {
    for (const [name, node] of Object.entries(tree)) {
      const path = prefix ? `${prefix}/${name}` : name;
      if ('directory' in node) await this.mount(node.directory, path);
      else if ('contents' in node.file) this.files.set(path, String(node.file.contents));
    }
  }

  async spawn(command: string, args: string[], options?: SpawnOptions): Promise<ContainerProcess> {
    this.spawned.push({ command, args, ...(options?.env ? { env: options.env } : {}) });
    const line = [command, ...args].join(' ');
    const key = [...this.commands.keys()].sort((a, b) => b.length - a.length).find((k) => line.startsWith(k));
    let push: (chunk: string) => void = () => {};
    let close: () => void = () => {};
    const output = new ReadableStream<string>({
      start(controller) {
        push = (chunk) => controller.enqueue(chunk);
        close = () => controller.close();
      },
    });
    let kill: () => void = () => {};
    const killed = new Promise<void>((resolve) => (kill = resolve));
    const io: FakeProcessIo = {
      command,
      args,
      files: this.files,
      killed,
      write: (chunk) => push(chunk),
      serverReady: (port, url) => this.serverReadyListeners.forEach((l) => l(port, url)),
    };
    const run = key ? this.commands.get(key)! : () => (io.write(`sh: ${command}: command not found\n`), 127);
    const exit = Promise.resolve()
      .then(() => Promise.race([run(io), killed.then(() => 143)]))
      .finally(() => close());
    return { output, exit, kill };
  }

  on(event: 'server-ready', listener: (port: number, url: string) => void): () => void {
    this.serverReadyListeners.add(listener);
    return () => this.serverReadyListeners.delete(listener);
  }

  teardown(): void {
    this.tornDown = true;
  }
}

function normalise(path: string): string {
  return path.replace(/^\.?\//, '');
}

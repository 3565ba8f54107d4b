// WorkbookRuntime inside the browser: a WebContainer holds the lesson's project,
// installs the starter's locked dependencies once, and runs the SAME test command
// as the local runtime (TEST_ARGS with our reporter), so both produce one TestRun shape.
import { REPORTER_PATH, REPORTER_SOURCE, REPORT_PATH, TEST_ARGS, parseReport } from '../report';
import type { FileMap, LessonWorkspace, RunOptions, RunningApp, TestRun, WorkbookRuntime } from '../types';
import { watchProcess, type ContainerProcess, type WebContainerLike } from './container';
import { parentFolder, toFileSystemTree, workspaceSegments } from './file-system-tree';

export const DEFAULT_TEST_TIMEOUT_MS = 90_000;

// A WebContainer cannot load native addons: install the wasm32-wasi builds of
// napi-rs packages (rolldown, oxc) and make their loaders pick them.
export const INSTALL_ARGS = ['install', '--no-audit', '--no-fund', '--cpu=wasm32'];
export const PROCESS_ENV = { NAPI_RS_FORCE_WASI: 'true' };
export const DEFAULT_APP_TIMEOUT_MS = 90_000;

export interface WebContainerRuntimeOptions {
  container: WebContainerLike;
  /** Fetches the starter's lockfile; defaults to fetch() against /generated/starters/. */
  fetchText?: (url: string) => Promise<string>;
  /** Output of work the learner did not ask for directly (npm install). */
  onLog?: (chunk: string) => void;
  testTimeoutMs?: number;
  appTimeoutMs?: number;
  /** Called after dispose() tore the container down. */
  onDispose?: () => void;
}

async function fetchTextFromOrigin(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return response.text();
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function stoppedRun(outcome: 'cancelled' | 'timeout' | 'error', message: string, durationMs: number): TestRun {
  return { outcome, tests: [], errors: outcome === 'error' ? [{ file: 'vitest', message }] : [], message, durationMs };
}

export class WebContainerRuntime implements WorkbookRuntime {
  readonly kind = 'webcontainer' as const;
  private readonly container: WebContainerLike;
  private readonly fetchText: (url: string) => Promise<string>;
  private readonly lockfiles = new Map<string, Promise<string>>();
  /** Workspace paths we wrote, so a lesson switch can remove the previous lesson's files. */
  private mounted = new Set<string>();
  private installed: { starter: string; packageJson: string | undefined } | undefined;
  private app: ContainerProcess | undefined;
  private testing = false;

  constructor(private readonly options: WebContainerRuntimeOptions) {
    this.container = options.container;
    this.fetchText = options.fetchText ?? fetchTextFromOrigin;
  }

  async prepare(workspace: LessonWorkspace, signal?: AbortSignal): Promise<void> {
    this.stopApp();
    const files: FileMap = {
      ...workspace.files,
      'package-lock.json': await this.lockfile(workspace.starter),
      [REPORTER_PATH]: REPORTER_SOURCE,
    };
    if (signal?.aborted) throw abortError();
    const tree = toFileSystemTree(files);
    const { fs } = this.container;
    if (this.installed && this.installed.starter !== workspace.starter) {
      await fs.rm('node_modules', { recursive: true, force: true });
      this.installed = undefined;
    }
    for (const stale of this.mounted) if (!(stale in files)) await fs.rm(stale, { force: true });
    await this.container.mount(tree);
    this.mounted = new Set(Object.keys(files));
    const packageJson = workspace.files['package.json'];
    if (this.installed?.packageJson !== packageJson) {
      await this.install(signal);
      this.installed = { starter: workspace.starter, packageJson };
    }
  }

  async writeFile(path: string, contents: string): Promise<void> {
    workspaceSegments(path);
    const folder = parentFolder(path);
    if (folder) await this.container.fs.mkdir(folder, { recursive: true });
    await this.container.fs.writeFile(path, contents);
    this.mounted.add(path);
  }

  async runTests(options: RunOptions = {}): Promise<TestRun> {
    if (this.testing) throw new Error('A test run is already in progress.');
    this.testing = true;
    const started = Date.now();
    try {
      await this.container.fs.rm(REPORT_PATH, { force: true });
      const process = await this.container.spawn('npx', [...TEST_ARGS], { env: PROCESS_ENV });
      const timeoutMs = this.options.testTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
      const end = await watchProcess(process, { ...options, timeoutMs });
      const elapsed = Date.now() - started;
      if (end.kind === 'cancelled') return stoppedRun('cancelled', 'Test run cancelled.', elapsed);
      if (end.kind === 'timeout') {
        const seconds = Math.round(timeoutMs / 1000);
        return stoppedRun(
          'timeout',
          `Stopped after ${seconds} s: the tests did not finish. Look for a promise that never settles or an endless loop.`,
          elapsed,
        );
      }
      let report: string;
      try {
        report = await this.container.fs.readFile(REPORT_PATH, 'utf-8');
      } catch {
        return stoppedRun(
          'error',
          `Vitest exited with code ${end.code} before reporting any result; the terminal shows why.`,
          elapsed,
        );
      }
      return parseReport(report);
    } finally {
      this.testing = false;
    }
  }

  async startApp(options: RunOptions = {}): Promise<RunningApp> {
    this.stopApp();
    const timeoutMs = this.options.appTimeoutMs ?? DEFAULT_APP_TIMEOUT_MS;
    // Listen before spawning: a fast server may be ready before spawn() resolves.
    let onReady: (url: string) => void = () => {};
    const ready = new Promise<string>((resolve) => (onReady = resolve));
    const stopListening = this.container.on('server-ready', (_port, url) => onReady(url));
    try {
      const app = await this.container.spawn('npm', ['run', 'start'], { env: PROCESS_ENV });
      this.app = app;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          app.kill();
          reject(new Error(`The app did not start listening within ${Math.round(timeoutMs / 1000)} s.`));
        }, timeoutMs);
      });
      const ended = watchProcess(app, options).then((end): never => {
        if (this.app === app) this.app = undefined;
        if (end.kind === 'cancelled') throw abortError();
        throw new Error(
          `The app stopped (exit code ${end.kind === 'exited' ? end.code : '?'}); the terminal shows why.`,
        );
      });
      ended.catch(() => undefined); // after a successful start, a later exit is not an error of this call
      try {
        return { baseUrl: await Promise.race([ready, ended, timedOut]) };
      } finally {
        clearTimeout(timer);
      }
    } finally {
      stopListening();
    }
  }

  async dispose(): Promise<void> {
    this.stopApp();
    this.container.teardown();
    this.options.onDispose?.();
  }

  private stopApp(): void {
    this.app?.kill();
    this.app = undefined;
  }

  private lockfile(starter: string): Promise<string> {
    let lock = this.lockfiles.get(starter);
    if (!lock) {
      lock = this.fetchText(`/generated/starters/${encodeURIComponent(starter)}/package-lock.json`);
      lock.catch(() => this.lockfiles.delete(starter));
      this.lockfiles.set(starter, lock);
    }
    return lock;
  }

  private async install(signal?: AbortSignal): Promise<void> {
    this.options.onLog?.('$ npm install\r\n');
    const process = await this.container.spawn('npm', INSTALL_ARGS);
    const end = await watchProcess(process, { onOutput: this.options.onLog, signal });
    if (end.kind === 'cancelled') throw abortError();
    if (end.kind === 'exited' && end.code !== 0) {
      throw new Error(`npm install failed (exit code ${end.code}); the terminal shows why.`);
    }
  }
}

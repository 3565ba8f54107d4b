// Runs a workspace's tests in its warm test host, one run at a time, with a time
// limit, an output cap and cancellation. A host that timed out, was cancelled or
// crashed is killed with its whole process group; the next run starts a new one.
import { parseReport } from '../../report/parse-report';
import { REPORT_PATH, REPORTER_PATH } from '../../report/reporter-source';
import type { RunOptions, TestRun } from '../../types';
import { TestHost } from './host/test-host';
import type { HostMessage } from './host/test-host-protocol';
import { OutputCap } from './output-cap';

export interface TestRunnerLimits {
  timeoutMs: number;
  /** Characters of output forwarded per run. */
  outputLimit: number;
}

// Files Vitest reads once at start-up: changing them needs a fresh host.
const RESTART_TRIGGERS = /^(?:vite(?:st)?\.config\.[cm]?[jt]s|tsconfig[^/]*\.json|package\.json)$/;

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function stopped(outcome: TestRun['outcome'], message: string): TestRun {
  return { outcome, tests: [], errors: [], message, durationMs: 0 };
}

export class WorkspaceTestRunner {
  #host: TestHost | null = null;
  #changed = new Set<string>();
  #restartNeeded = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly workspace: string,
    readonly limits: TestRunnerLimits,
  ) {}

  /** Records a write so the next run re-reads that file. */
  noteChanged(path: string): void {
    this.#changed.add(path);
    if (RESTART_TRIGGERS.test(path)) this.#restartNeeded = true;
  }

  /** The test host's process id while one runs (tests check it is gone after cleanup). */
  get hostPid(): number | undefined {
    return this.#host?.pid;
  }

  /** Starts the host ahead of the first run, so it is warm by the time the learner clicks. */
  warmUp(): void {
    this.#ensureHost();
  }

  run(options: RunOptions = {}): Promise<TestRun> {
    const result = this.#queue.then(() => this.#runOnce(options));
    this.#queue = result.catch(() => {});
    return result;
  }

  async dispose(): Promise<void> {
    await this.#killHost();
  }

  #ensureHost(): TestHost {
    if (this.#host?.alive) return this.#host;
    this.#host = new TestHost(this.workspace, {
      reporterPath: REPORTER_PATH,
      reportPath: REPORT_PATH,
      outputLimit: this.limits.outputLimit,
    });
    // Everything written so far is already on disk for a fresh Vitest.
    this.#changed.clear();
    return this.#host;
  }

  async #killHost(): Promise<void> {
    const host = this.#host;
    this.#host = null;
    await host?.kill();
  }

  async #runOnce({ onOutput, signal }: RunOptions): Promise<TestRun> {
    const startedAt = performance.now();
    if (signal?.aborted) return stopped('cancelled', 'The test run was cancelled.');
    if (this.#restartNeeded) {
      this.#restartNeeded = false;
      await this.#killHost();
    }
    const host = this.#ensureHost();
    const changed = [...this.#changed];
    this.#changed.clear();
    const run = await this.#drive(host, changed, onOutput, signal);
    return { ...run, durationMs: Math.round(performance.now() - startedAt) };
  }

  #drive(
    host: TestHost,
    changed: string[],
    onOutput?: (chunk: string) => void,
    signal?: AbortSignal,
  ): Promise<TestRun> {
    const cap = new OutputCap(this.limits.outputLimit, (chunk) => onOutput?.(chunk));
    let ready = false;
    return new Promise<TestRun>((resolve) => {
      let settled = false;
      const finish = (run: TestRun, kill = false) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        host.listen(null);
        // Resolve only once the host's whole process group is gone.
        if (kill) void this.#killHost().then(() => resolve(run));
        else resolve(run);
      };
      const onTimeout = () => {
        const limit = seconds(this.limits.timeoutMs);
        const message = ready
          ? `Tests stopped after ${limit} — is there an endless loop?`
          : `The test runner did not start within ${limit}.`;
        finish(stopped('timeout', message), true);
      };
      const onAbort = () => finish(stopped('cancelled', 'The test run was cancelled.'), true);
      const timer = setTimeout(onTimeout, this.limits.timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      host.listen((message: HostMessage) => {
        if (message.type === 'output') {
          cap.write(message.data);
          if (message.truncated) cap.truncate();
        } else if (message.type === 'done') {
          finish(message.report ? parseReport(message.report) : stopped('error', this.#noReport(message.error)));
        }
      });
      host.ready.then(
        () => {
          ready = true;
          if (!settled) host.run(changed);
        },
        (error: Error) => finish(stopped('error', `The test runner could not start. ${error.message}`), true),
      );
      void host.exited.then(() => finish(stopped('error', host.describeExit()), true));
    });
  }

  #noReport(error?: string): string {
    return error ? `The tests could not run: ${error}` : 'The tests finished without writing a report.';
  }
}

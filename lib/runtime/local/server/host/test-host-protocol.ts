// Messages between the server (test-runner.ts) and the per-workspace test host
// (vitest-host.mjs) over Node's IPC channel.

/** Arguments passed to the host as one JSON argv entry. */
export interface TestHostArgs {
  reporterPath: string;
  reportPath: string;
  /** Characters of output forwarded per run before the host stops sending. */
  outputLimit: number;
}

export interface RunRequest {
  type: 'run';
  /** Workspace-relative paths written since the previous run. */
  changed: string[];
}

export type HostMessage =
  | { type: 'ready' }
  | { type: 'output'; data: string; truncated?: boolean }
  | { type: 'done'; report: string | null; error?: string }
  | { type: 'failed'; error: string };

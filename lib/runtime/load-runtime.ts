// The only way UI code gets a runtime. It asks the server what it offers,
// picks an order with chooseRuntime(), and lazy-imports and starts each
// implementation in turn until one works. The result is cached for the page:
// a lesson switch reuses the same runtime (and the same WebContainer).
import { chooseRuntime, describeUnavailable, parseHealth } from './choose';
import type { HealthResponse } from './local/protocol';
import { RuntimeUnavailableError, type RuntimeKind, type UnavailableReason, type WorkbookRuntime } from './types';

/** A runtime that was tried first and could not start. */
export interface RuntimeFallback {
  kind: RuntimeKind;
  reason: UnavailableReason;
  /** Human sentence for the learner. */
  message: string;
}

export interface LoadedRuntime {
  runtime: WorkbookRuntime;
  /** Why better-ranked runtimes were skipped; empty when the first choice started. */
  fallbacks: RuntimeFallback[];
}

/** No runtime could start; `fallbacks` says why for each one tried. */
export class NoRuntimeError extends Error {
  constructor(readonly fallbacks: RuntimeFallback[]) {
    super(fallbacks.map((f) => f.message).join(' ') || 'No runtime is available.');
    this.name = 'NoRuntimeError';
  }
}

export interface RuntimeDeps {
  fetchHealth: () => Promise<HealthResponse | null>;
  create: Record<RuntimeKind, () => Promise<WorkbookRuntime>>;
}

function asFallback(kind: RuntimeKind, error: unknown): RuntimeFallback {
  const reason: UnavailableReason =
    error instanceof RuntimeUnavailableError ? error.reason : kind === 'local' ? 'no-local-server' : 'boot-failed';
  const detail = error instanceof Error && error.message !== reason ? ` (${error.message})` : '';
  return { kind, reason, message: `${describeUnavailable(kind, reason)}${detail}` };
}

/** Tries the planned runtimes in order; exported for tests, UI uses loadRuntime(). */
export async function startRuntime(deps: RuntimeDeps): Promise<LoadedRuntime> {
  const plan = chooseRuntime(await deps.fetchHealth());
  const fallbacks: RuntimeFallback[] = [];
  for (const kind of plan) {
    try {
      return { runtime: await deps.create[kind](), fallbacks };
    } catch (error) {
      fallbacks.push(asFallback(kind, error));
    }
  }
  throw new NoRuntimeError(fallbacks);
}

const logListeners = new Set<(chunk: string) => void>();

/** Output of runtime work nobody asked for by a call (npm install in a WebContainer). */
export function onRuntimeLog(listener: (chunk: string) => void): () => void {
  logListeners.add(listener);
  return () => logListeners.delete(listener);
}

const browserDeps: RuntimeDeps = {
  // null on static hosting (no health route) or when the server is down.
  fetchHealth: async () => parseHealth(await (await import('./local/client')).checkLocalRuntime()),
  create: {
    local: async () => (await import('./local/client')).createLocalRuntime(),
    webcontainer: async () =>
      (await import('./webcontainer')).createWebContainerRuntime({
        onLog: (chunk) => logListeners.forEach((listener) => listener(chunk)),
      }),
  },
};

let loading: Promise<LoadedRuntime> | undefined;

/** The page's runtime, started on first call. A failure is not cached, so calling again retries. */
export function loadRuntime(): Promise<LoadedRuntime> {
  loading ??= startRuntime(browserDeps).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// The browser half of the local runtime: WorkbookRuntime over the workbook
// server's HTTP API (protocol.ts), with test and app output streamed as NDJSON.
import type { LessonWorkspace, RunOptions, RunningApp, TestRun, WorkbookRuntime } from '../types';
import {
  RUNTIME_API,
  type AppEvent,
  type CreateSessionRequest,
  type CreateSessionResponse,
  type HealthResponse,
  type RunEvent,
} from './protocol';

export interface LocalRuntimeOptions {
  /** Origin of the workbook server; '' (same origin) in the browser. */
  origin?: string;
}

const HEALTH_TIMEOUT_MS = 4000;

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The server's own message for a failed request. */
async function failure(response: Response): Promise<Error> {
  let message = `The workbook server answered ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // not JSON: keep the status message
  }
  return Object.assign(new Error(message), { status: response.status });
}

/** Yields each NDJSON event of a streamed response body as it arrives. */
async function* readEvents<T>(response: Response): AsyncGenerator<T> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
    }
    if (buffer.trim()) yield JSON.parse(buffer) as T;
  } finally {
    reader.releaseLock();
  }
}

/** GET /api/runtime/health; null when no workbook server answers. */
export async function checkLocalRuntime(origin = ''): Promise<HealthResponse | null> {
  try {
    const response = await fetch(`${origin}${RUNTIME_API}/health`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<HealthResponse>;
    return typeof body.local === 'boolean' && typeof body.mode === 'string' ? (body as HealthResponse) : null;
  } catch {
    return null;
  }
}

class LocalRuntime implements WorkbookRuntime {
  readonly kind = 'local' as const;
  #api: string;
  #sessionId: string | null = null;
  /** The lesson as last prepared plus every write since, to rebuild an expired session. */
  #workspace: LessonWorkspace | null = null;
  #appStream: AbortController | null = null;

  constructor(origin: string) {
    this.#api = `${origin}${RUNTIME_API}`;
  }

  async prepare(workspace: LessonWorkspace, signal?: AbortSignal): Promise<void> {
    this.#stopAppStream();
    const previous = this.#sessionId;
    this.#sessionId = null;
    if (previous) void this.#deleteSession(previous);
    this.#workspace = { ...workspace, files: { ...workspace.files } };
    await this.#createSession(signal);
  }

  async writeFile(path: string, contents: string): Promise<void> {
    await this.#sessionRequest('files', { method: 'PUT', body: JSON.stringify({ path, contents }) });
    if (this.#workspace) this.#workspace.files[path] = contents;
  }

  async runTests({ onOutput, signal }: RunOptions = {}): Promise<TestRun> {
    const started = Date.now();
    const cancelled = (): TestRun => ({
      outcome: 'cancelled',
      tests: [],
      errors: [],
      message: 'Test run cancelled.',
      durationMs: Date.now() - started,
    });
    try {
      const response = await this.#sessionRequest('test', { method: 'POST', signal });
      for await (const event of readEvents<RunEvent>(response)) {
        if (event.type === 'output') onOutput?.(event.data);
        else if (event.type === 'result') return event.run;
      }
    } catch (error) {
      if (signal?.aborted || isAbort(error)) return cancelled();
      throw error;
    }
    if (signal?.aborted) return cancelled();
    throw new Error('The workbook server ended the test run without a result.');
  }

  async startApp({ onOutput, signal }: RunOptions = {}): Promise<RunningApp> {
    this.#stopAppStream();
    const stream = new AbortController();
    this.#appStream = stream;
    const onAbort = () => stream.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const response = await this.#sessionRequest('app', { method: 'POST', signal: stream.signal }).catch(
      (error: unknown) => {
        throw signal?.aborted ? abortError() : error;
      },
    );
    const events = readEvents<AppEvent>(response);
    try {
      // No for-await here: leaving one would close the stream the log still needs.
      for (let next = await events.next(); !next.done; next = await events.next()) {
        const event = next.value;
        if (event.type === 'output') onOutput?.(event.data);
        else if (event.type === 'error') throw new Error(event.message);
        else {
          signal?.removeEventListener('abort', onAbort);
          void this.#forwardAppLog(events, onOutput);
          return event.app;
        }
      }
    } catch (error) {
      stream.abort();
      throw signal?.aborted ? abortError() : error;
    }
    throw signal?.aborted ? abortError() : new Error('The app stopped before it was ready; the output shows why.');
  }

  async dispose(): Promise<void> {
    this.#stopAppStream();
    const id = this.#sessionId;
    this.#sessionId = null;
    this.#workspace = null;
    if (id) await this.#deleteSession(id);
  }

  /** After `ready`, the app's log keeps arriving until it stops or is replaced. */
  async #forwardAppLog(events: AsyncGenerator<AppEvent>, onOutput?: (chunk: string) => void): Promise<void> {
    try {
      for await (const event of events) {
        if (event.type === 'output') onOutput?.(event.data);
        else if (event.type === 'error') onOutput?.(`\r\n${event.message}\r\n`);
      }
    } catch {
      // stream aborted (restart, lesson switch) or connection lost: nothing to report
    }
  }

  #stopAppStream(): void {
    this.#appStream?.abort();
    this.#appStream = null;
  }

  async #createSession(signal?: AbortSignal): Promise<string> {
    const workspace = this.#workspace;
    if (!workspace) throw new Error('No lesson is prepared yet.');
    const body: CreateSessionRequest = {
      lessonId: workspace.lessonId,
      starter: workspace.starter,
      files: workspace.files,
    };
    const response = await fetch(`${this.#api}/sessions`, { method: 'POST', body: JSON.stringify(body), signal });
    if (!response.ok) throw await failure(response);
    const { sessionId } = (await response.json()) as CreateSessionResponse;
    this.#sessionId = sessionId;
    return sessionId;
  }

  async #deleteSession(id: string): Promise<void> {
    await fetch(`${this.#api}/sessions/${id}`, { method: 'DELETE', keepalive: true }).catch(() => undefined);
  }

  /** A request on the current session; a session the server dropped (idle) is rebuilt once. */
  async #sessionRequest(action: string, init: RequestInit): Promise<Response> {
    const id = this.#sessionId ?? (await this.#createSession(init.signal ?? undefined));
    let response = await fetch(`${this.#api}/sessions/${id}/${action}`, init);
    if (response.status === 404 && this.#workspace) {
      const fresh = await this.#createSession(init.signal ?? undefined);
      response = await fetch(`${this.#api}/sessions/${fresh}/${action}`, init);
    }
    if (!response.ok) throw await failure(response);
    return response;
  }
}

/** The local runtime: the learner's project runs on the workbook server's machine. */
export function createLocalRuntime(options: LocalRuntimeOptions = {}): WorkbookRuntime {
  return new LocalRuntime(options.origin ?? '');
}

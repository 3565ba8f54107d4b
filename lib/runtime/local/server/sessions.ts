// One session per browser tab/lesson: a workspace folder, its warm test runner
// and (when started) its Nest app. Idle sessions are removed with their processes.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CreateSessionRequest } from '../protocol';
import { AppRunner } from './app-runner';
import type { RuntimeConfig } from './config';
import { HttpError } from './http-utils';
import { starterDir } from './starters';
import { WorkspaceTestRunner } from './test-runner';
import { checkFileMap, createWorkspace, removeWorkspace } from './workspace';

export class Session {
  lastUsed = Date.now();
  readonly tests: WorkspaceTestRunner;
  readonly app: AppRunner;

  constructor(
    readonly id: string,
    readonly lessonId: string,
    readonly dir: string,
    config: RuntimeConfig,
  ) {
    this.tests = new WorkspaceTestRunner(dir, { timeoutMs: config.testTimeoutMs, outputLimit: config.outputLimit });
    this.app = new AppRunner(dir, config.appStartTimeoutMs);
  }

  async dispose(): Promise<void> {
    await Promise.all([this.tests.dispose(), this.app.stop()]);
    await removeWorkspace(this.dir);
  }
}

export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  #sweeper: NodeJS.Timeout | null = null;

  constructor(readonly config: RuntimeConfig) {}

  get size(): number {
    return this.#sessions.size;
  }

  ids(): string[] {
    return [...this.#sessions.keys()];
  }

  async create(body: unknown): Promise<Session> {
    const request = (body ?? {}) as Partial<CreateSessionRequest>;
    if (typeof request.lessonId !== 'string' || request.lessonId.length > 200) {
      throw new HttpError(400, '"lessonId" must be a string of at most 200 characters.');
    }
    const starter = starterDir(this.config.startersDir, request.starter);
    const files = checkFileMap(request.files, this.config);
    const id = randomUUID();
    const dir = join(this.config.workspacesDir, id);
    try {
      await createWorkspace(dir, starter, files);
    } catch (error) {
      await removeWorkspace(dir);
      throw error;
    }
    const session = new Session(id, request.lessonId, dir, this.config);
    this.#sessions.set(id, session);
    await this.#evictOverflow();
    session.tests.warmUp();
    return session;
  }

  /** The session, marked as used now; 404 when unknown (or already removed as idle). */
  get(id: string): Session {
    const session = this.#sessions.get(id);
    if (!session)
      throw new HttpError(404, `No session "${id}". It may have been closed after being idle; reload the lesson.`);
    session.lastUsed = Date.now();
    return session;
  }

  async remove(id: string): Promise<void> {
    const session = this.#sessions.get(id);
    if (!session) throw new HttpError(404, `No session "${id}".`);
    this.#sessions.delete(id);
    await session.dispose();
  }

  /** Removes every session idle for longer than the configured time. */
  async sweep(now = Date.now()): Promise<string[]> {
    const idle = [...this.#sessions.values()].filter((session) => now - session.lastUsed > this.config.idleMs);
    for (const session of idle) this.#sessions.delete(session.id);
    await Promise.all(idle.map((session) => session.dispose()));
    return idle.map((session) => session.id);
  }

  startSweeper(intervalMs = Math.min(60_000, this.config.idleMs)): void {
    this.#sweeper ??= setInterval(() => void this.sweep(), intervalMs);
    this.#sweeper.unref();
  }

  async disposeAll(): Promise<void> {
    if (this.#sweeper) clearInterval(this.#sweeper);
    this.#sweeper = null;
    const all = [...this.#sessions.values()];
    this.#sessions.clear();
    await Promise.all(all.map((session) => session.dispose()));
  }

  async #evictOverflow(): Promise<void> {
    while (this.#sessions.size > this.config.maxSessions) {
      const oldest = [...this.#sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed)[0];
      this.#sessions.delete(oldest.id);
      await oldest.dispose();
    }
  }
}

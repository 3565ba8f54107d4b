// The learner's progress in IndexedDB (through `idb`). Each kind of fact has
// its own object store, keyed by lesson id, so every save is a single put with
// no read first: a save started while the page is being left (pagehide) is
// issued at once, and saves from typing, a test run and a visit never undo each other.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { mergeProgress, unionTasks } from './lesson-progress';
import type { LessonProgress, ProgressSnapshot } from './progress-schema';

export const PROGRESS_DB_NAME = 'nest-workbook';
const DB_VERSION = 2;
const LAST_LESSON = 'lastLessonId';

/** What the workbench saves while the learner types. */
export interface LessonWork {
  /** Only files that differ from the lesson's starting files. */
  files: LessonProgress['files'];
  activePath?: string;
  openPaths?: string[];
  /** Epoch milliseconds; set by saveWork. */
  savedAt?: number;
}

/** A lesson's progress plus when its work was last saved (which the export leaves out). */
export type SavedLesson = LessonProgress & { savedAt?: number };

interface ProgressDb extends DBSchema {
  work: { key: string; value: LessonWork };
  /** Ids of the tasks ever completed. */
  tasks: { key: string; value: string[] };
  /** Epoch milliseconds of the last visit. */
  visits: { key: string; value: number };
  meta: { key: string; value: string };
  /** Since version 2: the learner's code that "Apply solution" replaced. */
  kept: { key: string; value: KeptCodeRecord };
}

/** The learner's own code that "Apply solution" replaced (see components/solution/solution-changes.ts). */
export interface KeptCodeRecord {
  files: Record<string, string>;
  added: string[];
  keptAt: number;
}

const STORES = ['work', 'tasks', 'visits', 'meta', 'kept'] as const;

export interface ProgressStoreOptions {
  name?: string;
  /** Called after a change that alters completion or the last lesson (not after every keystroke). */
  onChange?: () => void;
}

function lessonProgress(
  work: LessonWork | undefined,
  tasks: string[] | undefined,
  visitedAt: number | undefined,
): LessonProgress {
  const progress: LessonProgress = { files: work?.files ?? {}, completedTasks: tasks ?? [] };
  if (work?.activePath !== undefined) progress.activePath = work.activePath;
  if (work?.openPaths !== undefined) progress.openPaths = work.openPaths;
  if (visitedAt !== undefined) progress.visitedAt = visitedAt;
  return progress;
}

export class ProgressStore {
  readonly #name: string;
  readonly #onChange: () => void;
  #db: Promise<IDBPDatabase<ProgressDb>> | undefined;

  constructor({ name = PROGRESS_DB_NAME, onChange = () => undefined }: ProgressStoreOptions = {}) {
    this.#name = name;
    this.#onChange = onChange;
  }

  async getLesson(lessonId: string): Promise<SavedLesson | undefined> {
    const tx = (await this.#open()).transaction(['work', 'tasks', 'visits'], 'readonly');
    const [work, tasks, visitedAt] = await Promise.all([
      tx.objectStore('work').get(lessonId),
      tx.objectStore('tasks').get(lessonId),
      tx.objectStore('visits').get(lessonId),
    ]);
    if (!work && !tasks && visitedAt === undefined) return undefined;
    const progress: SavedLesson = lessonProgress(work, tasks, visitedAt);
    if (work?.savedAt !== undefined) progress.savedAt = work.savedAt;
    return progress;
  }

  async saveWork(lessonId: string, work: LessonWork): Promise<void> {
    const tx = (await this.#open()).transaction('work', 'readwrite');
    const put = tx.store.put({ ...work, savedAt: work.savedAt ?? Date.now() }, lessonId);
    // Commit now instead of when this task ends: after pagehide the page may not get that far.
    unwrap(tx).commit?.();
    await Promise.all([put, tx.done]);
  }

  /** The learner's code kept by "Apply solution", if any. */
  async getKeptCode(lessonId: string): Promise<KeptCodeRecord | undefined> {
    return (await this.#open()).get('kept', lessonId);
  }

  /** Keeps the learner's code that "Apply solution" replaced; null drops it ("Restore my code"). */
  async saveKeptCode(lessonId: string, kept: KeptCodeRecord | null): Promise<void> {
    const db = await this.#open();
    await (kept ? db.put('kept', kept, lessonId) : db.delete('kept', lessonId));
  }

  /** Adds to the tasks ever completed; resolves to the whole list. */
  async addCompletedTasks(lessonId: string, taskIds: readonly string[]): Promise<string[]> {
    const tx = (await this.#open()).transaction('tasks', 'readwrite');
    const current = (await tx.store.get(lessonId)) ?? [];
    const completed = unionTasks(current, taskIds);
    const added = completed.length > current.length;
    if (added) await tx.store.put(completed, lessonId);
    await tx.done;
    if (added) this.#onChange();
    return completed;
  }

  async markVisited(lessonId: string, at = Date.now()): Promise<void> {
    const tx = (await this.#open()).transaction(['visits', 'meta'], 'readwrite');
    await Promise.all([
      tx.objectStore('visits').put(at, lessonId),
      tx.objectStore('meta').put(lessonId, LAST_LESSON),
      tx.done,
    ]);
    this.#onChange();
  }

  async snapshot(): Promise<ProgressSnapshot> {
    const tx = (await this.#open()).transaction(STORES, 'readonly');
    return this.#read(tx);
  }

  /** Merges an imported file in one transaction: all of it lands, or none of it. */
  async importProgress(incoming: ProgressSnapshot): Promise<ProgressSnapshot> {
    const tx = (await this.#open()).transaction(STORES, 'readwrite');
    const merged = mergeProgress(await this.#read(tx), incoming);
    const writes: Promise<unknown>[] = [];
    for (const id of Object.keys(incoming.lessons)) {
      const { files, activePath, openPaths, completedTasks, visitedAt } = merged.lessons[id];
      // Stamped now, so the import outranks any older unsaved copy (exit-journal.ts).
      writes.push(tx.objectStore('work').put({ files, activePath, openPaths, savedAt: Date.now() }, id));
      writes.push(tx.objectStore('tasks').put(completedTasks, id));
      if (visitedAt !== undefined) writes.push(tx.objectStore('visits').put(visitedAt, id));
    }
    if (merged.lastLessonId) writes.push(tx.objectStore('meta').put(merged.lastLessonId, LAST_LESSON));
    await Promise.all([...writes, tx.done]);
    this.#onChange();
    return merged;
  }

  close(): void {
    void this.#db?.then((db) => db.close()).catch(() => undefined);
    this.#db = undefined;
  }

  async #read<Mode extends IDBTransactionMode>(
    tx: IDBPTransaction<ProgressDb, typeof STORES, Mode>,
  ): Promise<ProgressSnapshot> {
    const [workKeys, work, taskKeys, tasks, visitKeys, visits, lastLessonId] = await Promise.all([
      tx.objectStore('work').getAllKeys(),
      tx.objectStore('work').getAll(),
      tx.objectStore('tasks').getAllKeys(),
      tx.objectStore('tasks').getAll(),
      tx.objectStore('visits').getAllKeys(),
      tx.objectStore('visits').getAll(),
      tx.objectStore('meta').get(LAST_LESSON),
    ]);
    const workOf = new Map(workKeys.map((key, i) => [key, work[i]]));
    const tasksOf = new Map(taskKeys.map((key, i) => [key, tasks[i]]));
    const visitOf = new Map(visitKeys.map((key, i) => [key, visits[i]]));
    const ids = new Set([...workKeys, ...taskKeys, ...visitKeys]);
    const lessons = Object.fromEntries(
      [...ids].map((id) => [id, lessonProgress(workOf.get(id), tasksOf.get(id), visitOf.get(id))]),
    );
    return { lessons, lastLessonId: lastLessonId ?? null };
  }

  #open(): Promise<IDBPDatabase<ProgressDb>> {
    this.#db ??= openDB<ProgressDb>(this.#name, DB_VERSION, {
      upgrade(db) {
        for (const store of STORES) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
      },
      // A newer workbook in another tab wants to upgrade: step aside instead of blocking it.
      blocking: () => this.close(),
    }).catch((error: unknown) => {
      this.#db = undefined;
      throw error;
    });
    return this.#db;
  }
}

// A last-moment copy of unsaved work, written synchronously to localStorage as
// the page goes (pagehide). IndexedDB writes issued that late may be dropped
// when the browser tears the page down; a localStorage write cannot be. The
// next visit to the lesson takes the copy back if it is newer than IndexedDB's.
import { z } from 'zod';
import type { LessonWork } from './progress-store';

const PREFIX = 'nest-workbook:unsaved:';

const journalSchema = z.object({
  files: z.record(z.string(), z.string()),
  activePath: z.string().optional(),
  openPaths: z.array(z.string()).optional(),
  savedAt: z.number(),
});

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled: getting it throws
  }
}

/** Returns false when the copy could not be written (no storage, quota). */
export function writeExitJournal(lessonId: string, work: LessonWork, storage = browserStorage()): boolean {
  try {
    storage?.setItem(PREFIX + lessonId, JSON.stringify({ ...work, savedAt: work.savedAt ?? Date.now() }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The copy left for `lessonId`, removed from storage; undefined when there is none (or it is unreadable). */
export function takeExitJournal(lessonId: string, storage = browserStorage()): LessonWork | undefined {
  try {
    const text = storage?.getItem(PREFIX + lessonId);
    storage?.removeItem(PREFIX + lessonId);
    if (!text) return undefined;
    const parsed = journalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

// Which tasks each lesson has, for the progress islands of static pages: they
// know what the learner completed (from IndexedDB) but not what there is to complete.
import { getLesson, getParts } from '../content/read-generated';
import type { Locale } from '../content/types';

/** Lesson id → the ids of its tasks. Task ids are the same in every locale. */
export type TaskIndex = Record<string, string[]>;

export async function getTaskIndex(locale: Locale, dir?: string): Promise<TaskIndex> {
  const lessons = (await getParts(locale, dir)).flatMap((part) => part.lessons);
  const entries = await Promise.all(
    lessons.map(async (ref) => {
      const lesson = await getLesson(locale, ref.partSlug, ref.lessonSlug, dir);
      return [ref.id, lesson?.tasks.map((task) => task.id) ?? []] as const;
    }),
  );
  return Object.fromEntries(entries);
}

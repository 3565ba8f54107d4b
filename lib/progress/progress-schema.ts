// What the workbook remembers about a learner, per lesson, and the shape of the
// file that carries all of it from one browser to another.
import { z } from 'zod';

/** Marks a JSON file as ours; any other `format` is someone else's file. */
export const PROGRESS_FORMAT = 'nest-workbook-progress';
/** Bumped when the file's shape changes in a way older readers cannot follow. */
export const PROGRESS_VERSION = 1;

const filePath = z.string().min(1).max(500);

export const lessonProgressSchema = z
  .object({
    /** Only the files that differ from the lesson's starting files. */
    files: z.record(filePath, z.string()),
    /** The file shown in the editor when the learner left. */
    activePath: filePath.optional(),
    openPaths: z.array(filePath).optional(),
    /** Every task ever completed: once ticked, a task stays ticked. */
    completedTasks: z.array(z.string().min(1)),
    /** Epoch milliseconds of the last visit. */
    visitedAt: z.number().int().nonnegative().optional(),
  })
  .strict();

export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** Everything saved in this browser, keyed by lesson id ("part/lesson"). */
export interface ProgressSnapshot {
  lessons: Record<string, LessonProgress>;
  lastLessonId: string | null;
}

export const progressFileSchema = z
  .object({
    format: z.literal(PROGRESS_FORMAT),
    version: z.literal(PROGRESS_VERSION),
    exportedAt: z.iso.datetime(),
    lastLessonId: z.string().min(1).nullable(),
    lessons: z.record(z.string().min(1), lessonProgressSchema),
  })
  .strict();

export type ProgressFile = z.infer<typeof progressFileSchema>;

export function emptyLessonProgress(): LessonProgress {
  return { files: {}, completedTasks: [] };
}

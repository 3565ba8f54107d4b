// Pure rules for progress: what is worth saving, how saved files come back,
// when a lesson counts as complete, and how an imported file merges in.
import type { FileMap } from '../runtime/types';
import type { LessonProgress, ProgressSnapshot } from './progress-schema';

/** The files that differ from the lesson's starting files: all a learner's own work. */
export function changedFiles(starting: FileMap, current: FileMap): FileMap {
  const changed: FileMap = {};
  for (const [path, contents] of Object.entries(current)) {
    if (starting[path] !== contents) changed[path] = contents;
  }
  return changed;
}

export interface RestorableLesson {
  files: FileMap;
  solution: FileMap;
  readOnly: string[];
}

/**
 * The lesson's starting files with the learner's saved ones over them. Read-only
 * files always come from the lesson, and a saved file the lesson no longer has
 * (neither in its files nor its solution) is left out rather than resurrected.
 */
export function restoreFiles(lesson: RestorableLesson, saved: FileMap): FileMap {
  const readOnly = new Set(lesson.readOnly);
  const files = { ...lesson.files };
  for (const [path, contents] of Object.entries(saved)) {
    if (readOnly.has(path)) continue;
    if (path in lesson.files || path in lesson.solution) files[path] = contents;
  }
  return files;
}

/** Tasks ever completed, in a stable order, without duplicates. */
export function unionTasks(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

export interface LessonStatus {
  done: number;
  total: number;
  complete: boolean;
}

/** Counts only tasks the lesson still has, so a renamed task cannot make a lesson look complete. */
export function lessonStatus(taskIds: readonly string[], completed: readonly string[] = []): LessonStatus {
  const finished = new Set(completed);
  const done = taskIds.filter((id) => finished.has(id)).length;
  return { done, total: taskIds.length, complete: taskIds.length > 0 && done === taskIds.length };
}

/**
 * Importing merges: each lesson in the file brings its code (replacing this
 * browser's code for that lesson) and adds its completed tasks; lessons the
 * file does not mention are kept. The file's last lesson becomes the one to continue.
 */
export function mergeProgress(local: ProgressSnapshot, incoming: ProgressSnapshot): ProgressSnapshot {
  const lessons: Record<string, LessonProgress> = { ...local.lessons };
  for (const [id, theirs] of Object.entries(incoming.lessons)) {
    const ours = local.lessons[id];
    const visitedAt = Math.max(ours?.visitedAt ?? 0, theirs.visitedAt ?? 0) || undefined;
    lessons[id] = {
      ...theirs,
      completedTasks: unionTasks(ours?.completedTasks ?? [], theirs.completedTasks),
      ...(visitedAt === undefined ? {} : { visitedAt }),
    };
  }
  return { lessons, lastLessonId: incoming.lastLessonId ?? local.lastLessonId };
}

/** Lessons whose code in this browser an import would replace with different code: worth asking first. */
export function lessonsReplacedByImport(local: ProgressSnapshot, incoming: ProgressSnapshot): string[] {
  const same = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).length === Object.keys(b).length &&
    Object.entries(a).every(([path, contents]) => b[path] === contents);
  return Object.keys(incoming.lessons).filter((id) => {
    const ours = local.lessons[id]?.files ?? {};
    return Object.keys(ours).length > 0 && !same(ours, incoming.lessons[id].files);
  });
}

/** "3 lessons, 5 completed tasks": what an import brought in. */
export function describeImport(incoming: ProgressSnapshot): string {
  const lessons = Object.keys(incoming.lessons).length;
  const tasks = Object.values(incoming.lessons).reduce((sum, lesson) => sum + lesson.completedTasks.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(lessons, 'lesson')}, ${plural(tasks, 'completed task')}`;
}

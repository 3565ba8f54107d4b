// The lessons to verify, read through the content pipeline's own loader, so the
// verifier sees exactly the files and tasks the workbook serves.
import { resolveContentOptions, type ContentOptions } from '../content/build-content';
import { formatContentError } from '../content/content-error';
import { discoverContent } from '../content/discover';
import { loadLesson, type LoadContext } from '../content/lesson-loader';
import { lessonId } from '../content/ordered-name';
import type { FileMap } from '../runtime/types';
import type { TaskTests } from './judge';

export interface VerifiableLesson {
  id: string;
  starter: string;
  tasks: TaskTests[];
  /** Starter files (no lockfile, no node_modules) with the lesson's files/ laid over. */
  files: FileMap;
  solution: FileMap;
}

export interface UnloadableLesson {
  id: string;
  error: string;
}

export interface LessonList {
  lessons: Array<VerifiableLesson | UnloadableLesson>;
  /** Problems not tied to one lesson, such as a badly named folder (only when no filter is given). */
  errors: string[];
  startersDir: string;
}

export function isLoadable(lesson: VerifiableLesson | UnloadableLesson): lesson is VerifiableLesson {
  return !('error' in lesson);
}

/** `only` keeps the lessons whose id equals or starts with one of the given ids. */
export async function loadLessons(options: ContentOptions = {}, only: string[] = []): Promise<LessonList> {
  const resolved = resolveContentOptions(options);
  const discovery = await discoverContent(resolved.contentDir, resolved.rootDir);
  const context: LoadContext = { startersDir: resolved.startersDir, cacheDir: resolved.cacheDir, starters: new Map() };
  const lessons: LessonList['lessons'] = [];
  for (const part of discovery.parts) {
    for (const folder of part.lessons) {
      const id = lessonId(part.slug, folder.slug);
      if (only.length > 0 && !only.some((wanted) => id === wanted || id.startsWith(`${wanted}/`))) continue;
      const loaded = await loadLesson(part.slug, folder, context);
      const data = loaded.byLocale?.en;
      if (!data) {
        const [first, ...rest] = loaded.errors.map(formatContentError);
        lessons.push({
          id,
          error: `content error: ${first ?? 'the lesson could not be loaded'}${rest.length ? ` (and ${rest.length} more; run npm run check:content)` : ''}`,
        });
        continue;
      }
      const tasks = data.tasks.map(({ id: taskId, tests }) => ({ id: taskId, tests }));
      lessons.push({ id, starter: data.starter, tasks, files: data.files, solution: data.solution });
    }
  }
  // Folder problems elsewhere in content/ do not concern a run limited to some lessons.
  const errors = only.length > 0 ? [] : discovery.errors.map(formatContentError);
  return { lessons, errors, startersDir: resolved.startersDir };
}

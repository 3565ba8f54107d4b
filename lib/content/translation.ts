// A translation replaces the prose, title, summary and task wording of a lesson;
// files, tests and task ids are shared with the original.
import type { ContentError } from './content-error';
import type { ExampleRequest, LessonFrontmatter, LessonTask, TranslationFrontmatter } from './schema';
import type { YamlSource } from './yaml-source';

/** Translated tasks and hints must refer to tasks that exist, hint for hint. */
export function checkTranslation(
  translation: TranslationFrontmatter,
  original: LessonFrontmatter,
  source: YamlSource,
): ContentError[] {
  const tasks = new Map(original.tasks.map((task) => [task.id, task]));
  const at = (path: PropertyKey[], message: string): ContentError => ({
    file: source.file,
    ...source.positionOf(path),
    message: `${path.join('.')}: ${message}`,
  });
  const errors: ContentError[] = [];
  for (const id of Object.keys(translation.tasks)) {
    if (!tasks.has(id)) errors.push(at(['tasks', id], `no task with id "${id}" in index.mdx`));
  }
  for (const [id, hints] of Object.entries(translation.hints)) {
    const task = tasks.get(id);
    if (!task) errors.push(at(['hints', id], `no task with id "${id}" in index.mdx`));
    else if (hints.length !== task.hints.length) {
      errors.push(at(['hints', id], `has ${hints.length} hint(s) but the original task has ${task.hints.length}`));
    }
  }
  const requests = translation.requests.length;
  if (requests > 0 && requests !== original.requests.length) {
    errors.push(at(['requests'], `has ${requests} title(s) but index.mdx has ${original.requests.length} request(s)`));
  }
  return errors;
}

/** Request titles from the translation, when it gives them; methods, paths and bodies are shared. */
export function translateRequests(requests: ExampleRequest[], translation: TranslationFrontmatter): ExampleRequest[] {
  if (translation.requests.length !== requests.length) return requests;
  return requests.map((request, index) => ({ ...request, title: translation.requests[index] }));
}

export function translateTasks(tasks: LessonTask[], translation: TranslationFrontmatter): LessonTask[] {
  return tasks.map((task) => ({
    ...task,
    title: translation.tasks[task.id] ?? task.title,
    hints: translation.hints[task.id] ?? task.hints,
  }));
}

// Checks that a lesson's frontmatter agrees with its files: every named test,
// focus and read-only file exists, task ids are unique, and the solution leaves
// read-only files alone. Each error points at the line to fix.
import type { FileMap } from '../runtime/types';
import { fileError, type ContentError } from './content-error';
import type { LessonFrontmatter } from './schema';
import { collectTestNames, hasTestNamed } from './spec-names';
import type { YamlSource } from './yaml-source';

export interface LessonCheckInput {
  frontmatter: LessonFrontmatter;
  source: YamlSource;
  /** Starter overlaid with the lesson's files/. */
  workspace: FileMap;
  solution: FileMap;
  /** Repo-relative folder of the lesson, for errors about solution files. */
  lessonDir: string;
}

export function checkLesson(input: LessonCheckInput): ContentError[] {
  return [...checkTaskIds(input), ...checkTaskTests(input), ...checkWorkspacePaths(input), ...checkSolution(input)];
}

function at(input: LessonCheckInput, path: PropertyKey[], message: string): ContentError {
  return { file: input.source.file, ...input.source.positionOf(path), message };
}

function checkTaskIds(input: LessonCheckInput): ContentError[] {
  const seen = new Set<string>();
  return input.frontmatter.tasks.flatMap((task, index) => {
    if (!seen.has(task.id)) {
      seen.add(task.id);
      return [];
    }
    return [at(input, ['tasks', index, 'id'], `tasks.${index}.id: duplicate task id "${task.id}"`)];
  });
}

function checkTaskTests(input: LessonCheckInput): ContentError[] {
  const names = collectTestNames(input.workspace);
  return input.frontmatter.tasks.flatMap((task, taskIndex) =>
    task.tests.flatMap((test, testIndex) => {
      if (hasTestNamed(names, test)) return [];
      const path = ['tasks', taskIndex, 'tests', testIndex];
      const hint = closestName(names.exact, test);
      return [at(input, path, `${path.join('.')}: no test named "${test}" in the lesson's spec files${hint}`)];
    }),
  );
}

/** Suggests the declared name that shares the longest prefix, for typos. */
function closestName(names: Set<string>, wanted: string): string {
  let best = '';
  let bestLength = 0;
  for (const name of names) {
    let length = 0;
    while (length < name.length && name[length] === wanted[length]) length += 1;
    if (length > bestLength) [best, bestLength] = [name, length];
  }
  return bestLength >= 3 ? ` (did you mean "${best}"?)` : '';
}

function checkWorkspacePaths(input: LessonCheckInput): ContentError[] {
  const errors: ContentError[] = [];
  const { focus, readOnly } = input.frontmatter;
  if (!(focus in input.workspace)) {
    errors.push(at(input, ['focus'], `focus: "${focus}" is not a file of the lesson's workspace (starter + files/)`));
  }
  readOnly.forEach((file, index) => {
    if (file in input.workspace) return;
    errors.push(at(input, ['readOnly', index], `readOnly.${index}: "${file}" is not a file of the lesson's workspace (starter + files/)`));
  });
  return errors;
}

/** A solution may add files (a new provider, say) but must not edit what the learner cannot. */
function checkSolution(input: LessonCheckInput): ContentError[] {
  if (Object.keys(input.solution).length === 0) {
    return [fileError(`${input.lessonDir}/solution`, 'missing solution: add the finished files under solution/ for "Show solution"')];
  }
  const readOnly = new Set(input.frontmatter.readOnly);
  return Object.keys(input.solution)
    .filter((file) => readOnly.has(file))
    .map((file) => fileError(`${input.lessonDir}/solution/${file}`, `solution changes read-only file "${file}"`));
}

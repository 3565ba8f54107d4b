// What "Show solution" compares and what "Apply solution" keeps: pure functions
// over file maps, so the dialog and the kept copy can be tested without Monaco.
import type { FileMap } from '@/lib/runtime/types';

export interface SolutionChange {
  path: string;
  /** The learner's current version; undefined when the solution adds the file. */
  learner: string | undefined;
  solution: string;
  /** The learner's version already equals the solution. */
  same: boolean;
}

/** One entry per file the solution provides, in path order. */
export function solutionChanges(files: FileMap, solution: FileMap): SolutionChange[] {
  return Object.keys(solution)
    .sort()
    .map((path) => ({ path, learner: files[path], solution: solution[path], same: files[path] === solution[path] }));
}

/** The learner's own version of the files "Apply solution" replaces, to bring back later. */
export interface KeptCode {
  /** Learner versions of the files the solution changes. */
  files: FileMap;
  /** Files the solution adds, which the learner did not have. */
  added: string[];
  /** When the copy was taken (ms since the epoch), shown to the learner. */
  keptAt: number;
}

/**
 * The copy "Apply solution" keeps. When the learner's files already equal the
 * solution there is nothing of theirs to keep, so an earlier copy stays.
 */
export function keepLearnerCode(
  files: FileMap,
  solution: FileMap,
  earlier: KeptCode | null,
  now = Date.now(),
): KeptCode | null {
  const changes = solutionChanges(files, solution);
  if (changes.every((change) => change.same)) return earlier;
  const kept: FileMap = {};
  const added: string[] = [];
  for (const change of changes) {
    if (change.learner === undefined) added.push(change.path);
    else kept[change.path] = change.learner;
  }
  return { files: kept, added, keptAt: now };
}

/** "Restore my code": the kept versions back over the current files, and the solution's new files gone. */
export function restoreLearnerCode(files: FileMap, kept: KeptCode): FileMap {
  const restored: FileMap = { ...files, ...kept.files };
  for (const path of kept.added) delete restored[path];
  return restored;
}

/** A stored copy is trusted only when it has the shape written by keepLearnerCode. */
export function isKeptCode(value: unknown): value is KeptCode {
  if (typeof value !== 'object' || value === null) return false;
  const { files, added, keptAt } = value as Record<string, unknown>;
  return (
    typeof files === 'object' &&
    files !== null &&
    Object.values(files).every((contents) => typeof contents === 'string') &&
    Array.isArray(added) &&
    added.every((path) => typeof path === 'string') &&
    typeof keptAt === 'number'
  );
}

// The rules a lesson must meet, as pure functions over one test run:
// - with the starting files, something fails, and every task has a test that does
//   not pass yet (a task that is already done teaches nothing);
// - with the solution laid over, every test passes, and every test a task names
//   exists and passed (so a task can tick).
import type { VitestJsonResult } from './vitest-json';

export interface TaskTests {
  id: string;
  tests: string[];
}

export interface Verdict {
  ok: boolean;
  /** Tests that did not pass (start) or passed (solution). */
  count: number;
  total: number;
  problems: string[];
}

function statusByName(run: VitestJsonResult): Map<string, string> {
  return new Map(run.tests.map((test) => [test.name, test.status]));
}

export function judgeStart(tasks: TaskTests[], run: VitestJsonResult): Verdict {
  const notPassing = run.tests.filter((test) => test.status !== 'passed').length;
  const problems: string[] = [];
  if (notPassing === 0 && run.fileFailures.length === 0) {
    problems.push('every test already passes with the starting files');
  }
  const statuses = statusByName(run);
  for (const task of tasks) {
    // A test missing from the run counts as not passing: its spec may not load yet.
    if (task.tests.every((name) => statuses.get(name) === 'passed')) {
      problems.push(`task "${task.id}" already passes with the starting files`);
    }
  }
  return { ok: problems.length === 0, count: notPassing, total: run.tests.length, problems };
}

export function judgeSolution(tasks: TaskTests[], run: VitestJsonResult): Verdict {
  const problems: string[] = [];
  for (const failure of run.fileFailures) problems.push(`${failure.file} failed to run: ${failure.message}`);
  for (const test of run.tests) {
    if (test.status === 'failed')
      problems.push(`fails: "${test.name}" (${test.file})${test.message ? `: ${test.message}` : ''}`);
    if (test.status === 'skipped') problems.push(`skipped: "${test.name}" (${test.file})`);
  }
  if (run.tests.length === 0) problems.push('no tests ran');
  const statuses = statusByName(run);
  for (const task of tasks) {
    for (const name of task.tests) {
      if (!statuses.has(name)) problems.push(`task "${task.id}" names a test that did not run: "${name}"`);
    }
  }
  const passed = run.tests.filter((test) => test.status === 'passed').length;
  return { ok: problems.length === 0, count: passed, total: run.tests.length, problems };
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export interface LessonOutcome {
  id: string;
  start?: Verdict;
  solution?: Verdict;
  /** A problem that stopped the check before a verdict (load error, crash, timeout). */
  error?: string;
  durationMs: number;
}

// Keeps the one line per lesson readable; the first problems name the fix.
const MAX_PROBLEMS_SHOWN = 3;

/** One line per lesson: "✓ id  start: 5 failing of 7 · solution: 7/7 passed (2.1 s)". */
export function formatOutcome(outcome: LessonOutcome, solutionLabel = 'solution'): string {
  const parts: string[] = [];
  if (outcome.start) parts.push(`start: ${outcome.start.count} failing of ${outcome.start.total}`);
  if (outcome.solution) parts.push(`${solutionLabel}: ${outcome.solution.count}/${outcome.solution.total} passed`);
  const problems = [
    ...(outcome.error ? [outcome.error] : []),
    ...(outcome.start?.problems ?? []).map((p) => `start: ${p}`),
    ...(outcome.solution?.problems ?? []).map((p) => `solution: ${p}`),
  ];
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  if (problems.length > shown.length) shown.push(`and ${problems.length - shown.length} more`);
  const summary = parts.length > 0 ? `  ${parts.join(' · ')}` : '';
  const reason = shown.length > 0 ? ` — ${shown.join('; ')}` : '';
  const mark = isSuccess(outcome) ? '✓' : '✗';
  return `${mark} ${outcome.id}${summary} (${formatSeconds(outcome.durationMs)})${reason}`;
}

export function isSuccess(outcome: LessonOutcome): boolean {
  return !outcome.error && (outcome.start?.ok ?? true) && (outcome.solution?.ok ?? false);
}

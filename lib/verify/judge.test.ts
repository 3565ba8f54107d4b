import { describe, expect, it } from 'vitest';
import { formatOutcome, isSuccess, judgeSolution, judgeStart, type TaskTests } from './judge';
import type { VerifiedTest, VitestJsonResult } from './vitest-json';

const tasks: TaskTests[] = [
  { id: 'export', tests: ['A > one', 'A > two'] },
  { id: 'hide', tests: ['B > three'] },
];

function run(
  statuses: Record<string, VerifiedTest['status']>,
  fileFailures: VitestJsonResult['fileFailures'] = [],
): VitestJsonResult {
  const tests = Object.entries(statuses).map(([name, status]) => ({ name, file: 'src/x.spec.ts', status }));
  return { tests, fileFailures };
}

describe('judgeStart', () => {
  it('accepts starting files where every task has a test that does not pass', () => {
    const verdict = judgeStart(
      tasks,
      run({ 'A > one': 'passed', 'A > two': 'failed', 'B > three': 'failed', other: 'passed' }),
    );

    expect(verdict).toEqual({ ok: true, count: 2, total: 4, problems: [] });
  });

  it('rejects starting files that already pass everything', () => {
    const verdict = judgeStart(tasks, run({ 'A > one': 'passed', 'A > two': 'passed', 'B > three': 'passed' }));

    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toContain('every test already passes with the starting files');
  });

  it('names a task whose tests all pass before the learner has done anything', () => {
    const verdict = judgeStart(tasks, run({ 'A > one': 'passed', 'A > two': 'passed', 'B > three': 'failed' }));

    expect(verdict.problems).toEqual(['task "export" already passes with the starting files']);
  });

  it('counts a test missing from the run (its spec did not load) as not passing', () => {
    const verdict = judgeStart(
      tasks,
      run({ 'A > one': 'failed' }, [{ file: 'src/b.spec.ts', message: 'Cannot find module' }]),
    );

    expect(verdict.ok).toBe(true);
  });
});

describe('judgeSolution', () => {
  it('accepts a solution where every test passes and every task test ran', () => {
    const verdict = judgeSolution(tasks, run({ 'A > one': 'passed', 'A > two': 'passed', 'B > three': 'passed' }));

    expect(verdict).toEqual({ ok: true, count: 3, total: 3, problems: [] });
  });

  it('names failing and skipped tests, unloadable files and tests a task names that never ran', () => {
    const verdict = judgeSolution(
      tasks,
      run({ 'A > one': 'failed', 'A > two': 'skipped' }, [{ file: 'src/b.spec.ts', message: 'SyntaxError' }]),
    );

    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      'src/b.spec.ts failed to run: SyntaxError',
      'fails: "A > one" (src/x.spec.ts)',
      'skipped: "A > two" (src/x.spec.ts)',
      'task "hide" names a test that did not run: "B > three"',
    ]);
  });

  it('rejects a run with no tests at all', () => {
    expect(judgeSolution([], run({})).problems).toEqual(['no tests ran']);
  });
});

describe('formatOutcome', () => {
  const start = { ok: true, count: 5, total: 7, problems: [] };
  const solution = { ok: true, count: 7, total: 7, problems: [] };

  it('prints one success line with both runs and the time', () => {
    const line = formatOutcome({ id: 'foundations/feature-modules', start, solution, durationMs: 2100 });

    expect(line).toBe('✓ foundations/feature-modules  start: 5 failing of 7 · solution: 7/7 passed (2.1 s)');
  });

  it('prints ✗ with the reasons, at most three, when a run fails', () => {
    const bad = { ok: false, count: 3, total: 7, problems: ['a', 'b', 'c', 'd'] };
    const line = formatOutcome({ id: 'x/y', start, solution: bad, durationMs: 1000 });

    expect(line).toBe(
      '✗ x/y  start: 5 failing of 7 · solution: 3/7 passed (1.0 s) — solution: a; solution: b; solution: c; and 1 more',
    );
  });

  it('prints ✗ with the error when no verdict was reached', () => {
    const outcome = { id: 'x/y', error: 'start: vitest did not finish within 180 s', durationMs: 180000 };

    expect(formatOutcome(outcome)).toBe('✗ x/y (180.0 s) — start: vitest did not finish within 180 s');
    expect(isSuccess(outcome)).toBe(false);
  });

  it('labels the solution run as the caller asks', () => {
    expect(formatOutcome({ id: 'x/y', solution, durationMs: 500 }, 'wasm solution')).toBe(
      '✓ x/y  wasm solution: 7/7 passed (0.5 s)',
    );
  });
});

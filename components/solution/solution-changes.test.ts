import { describe, expect, it } from 'vitest';
import { withSolution as applySolution } from '../workbench/workbench-state';
import { isKeptCode, keepLearnerCode, restoreLearnerCode, solutionChanges } from './solution-changes';

const files = { 'src/a.ts': 'mine a', 'src/b.ts': 'solved b', 'src/c.ts': 'untouched c' };
const solution = { 'src/b.ts': 'solved b', 'src/a.ts': 'solved a', 'src/new.ts': 'new file' };

describe('solutionChanges', () => {
  it('lists every solution file in path order, marking those the learner already has right', () => {
    expect(solutionChanges(files, solution)).toEqual([
      { path: 'src/a.ts', learner: 'mine a', solution: 'solved a', same: false },
      { path: 'src/b.ts', learner: 'solved b', solution: 'solved b', same: true },
      { path: 'src/new.ts', learner: undefined, solution: 'new file', same: false },
    ]);
  });
});

describe('Apply solution, then Restore my code', () => {
  it('keeps the learner versions of replaced files and notes the files the solution adds', () => {
    const kept = keepLearnerCode(files, solution, null, 42);
    expect(kept).toEqual({
      files: { 'src/a.ts': 'mine a', 'src/b.ts': 'solved b' },
      added: ['src/new.ts'],
      keptAt: 42,
    });
  });

  it('round-trips: restoring after applying gives back exactly the learner files', () => {
    const kept = keepLearnerCode(files, solution, null)!;
    const applied = applySolution(files, solution);
    expect(applied['src/a.ts']).toBe('solved a');
    expect(applied['src/c.ts']).toBe('untouched c');
    expect(restoreLearnerCode(applied, kept)).toEqual(files);
  });

  it('keeps edits made after applying to files the solution does not touch', () => {
    const kept = keepLearnerCode(files, solution, null)!;
    const applied = { ...applySolution(files, solution), 'src/c.ts': 'edited later' };
    expect(restoreLearnerCode(applied, kept)['src/c.ts']).toBe('edited later');
  });

  it('does not overwrite an earlier copy when applying again to files that already equal the solution', () => {
    const first = keepLearnerCode(files, solution, null, 1);
    const applied = applySolution(files, solution);
    expect(keepLearnerCode(applied, solution, first, 2)).toBe(first);
  });

  it('takes a fresh copy when the learner changed the applied solution', () => {
    const first = keepLearnerCode(files, solution, null, 1);
    const changed = { ...applySolution(files, solution), 'src/a.ts': 'tweaked' };
    expect(keepLearnerCode(changed, solution, first, 2)?.files['src/a.ts']).toBe('tweaked');
  });
});

describe('isKeptCode', () => {
  it('accepts what keepLearnerCode writes and refuses anything else', () => {
    expect(isKeptCode(keepLearnerCode(files, solution, null))).toBe(true);
    expect(isKeptCode(null)).toBe(false);
    expect(isKeptCode({ files: { a: 1 }, added: [], keptAt: 1 })).toBe(false);
    expect(isKeptCode({ files: {}, added: 'x', keptAt: 1 })).toBe(false);
    expect(isKeptCode({ files: {}, added: [] })).toBe(false);
  });
});

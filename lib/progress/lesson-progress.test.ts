import { describe, expect, it } from 'vitest';
import {
  changedFiles,
  describeImport,
  lessonStatus,
  lessonsReplacedByImport,
  mergeProgress,
  restoreFiles,
  unionTasks,
} from './lesson-progress';
import type { ProgressSnapshot } from './progress-schema';

const lesson = {
  files: { 'src/a.ts': 'a0', 'src/b.ts': 'b0', 'src/a.spec.ts': 'spec' },
  solution: { 'src/a.ts': 'a1', 'src/extra.ts': 'extra' },
  readOnly: ['src/a.spec.ts'],
};

describe('changedFiles', () => {
  it('keeps only what differs from the starting files, including new files', () => {
    expect(changedFiles(lesson.files, { ...lesson.files, 'src/a.ts': 'mine', 'src/extra.ts': 'x' })).toEqual({
      'src/a.ts': 'mine',
      'src/extra.ts': 'x',
    });
    expect(changedFiles(lesson.files, lesson.files)).toEqual({});
  });
});

describe('restoreFiles', () => {
  it('lays saved files over the starting ones', () => {
    expect(restoreFiles(lesson, { 'src/a.ts': 'mine', 'src/extra.ts': 'x' })).toEqual({
      ...lesson.files,
      'src/a.ts': 'mine',
      'src/extra.ts': 'x',
    });
  });

  it('never restores over a read-only file, nor a file the lesson no longer has', () => {
    const restored = restoreFiles(lesson, { 'src/a.spec.ts': 'cheat', 'src/gone.ts': 'old' });
    expect(restored).toEqual(lesson.files);
  });
});

describe('lessonStatus', () => {
  it('is complete when every task is done', () => {
    expect(lessonStatus(['x', 'y'], ['y', 'x'])).toEqual({ done: 2, total: 2, complete: true });
    expect(lessonStatus(['x', 'y'], ['x'])).toEqual({ done: 1, total: 2, complete: false });
  });

  it('ignores completed tasks the lesson no longer has', () => {
    expect(lessonStatus(['x', 'y'], ['x', 'renamed'])).toEqual({ done: 1, total: 2, complete: false });
    expect(lessonStatus([], ['x'])).toEqual({ done: 0, total: 0, complete: false });
  });
});

describe('mergeProgress', () => {
  const local: ProgressSnapshot = {
    lastLessonId: 'p/one',
    lessons: {
      'p/one': { files: { 'a.ts': 'local' }, completedTasks: ['t1'], visitedAt: 200 },
      'p/two': { files: { 'b.ts': 'kept' }, completedTasks: [], visitedAt: 100 },
    },
  };
  const incoming: ProgressSnapshot = {
    lastLessonId: 'p/three',
    lessons: {
      'p/one': { files: { 'a.ts': 'imported' }, activePath: 'a.ts', completedTasks: ['t2'], visitedAt: 50 },
      'p/three': { files: {}, completedTasks: ['t9'] },
    },
  };

  it("takes the file's code, unions the tasks, keeps lessons the file does not mention", () => {
    const merged = mergeProgress(local, incoming);
    expect(merged.lessons['p/one']).toEqual({
      files: { 'a.ts': 'imported' },
      activePath: 'a.ts',
      completedTasks: ['t1', 't2'],
      visitedAt: 200,
    });
    expect(merged.lessons['p/two']).toEqual(local.lessons['p/two']);
    expect(merged.lessons['p/three']).toEqual({ files: {}, completedTasks: ['t9'] });
    expect(merged.lastLessonId).toBe('p/three');
  });

  it('keeps the local last lesson when the file has none', () => {
    expect(mergeProgress(local, { ...incoming, lastLessonId: null }).lastLessonId).toBe('p/one');
  });

  it('describes what an import brings', () => {
    expect(describeImport(incoming)).toBe('2 lessons, 2 completed tasks');
    expect(describeImport({ lastLessonId: null, lessons: { 'p/x': { files: {}, completedTasks: ['a'] } } })).toBe(
      '1 lesson, 1 completed task',
    );
  });
});

describe('unionTasks', () => {
  it('merges without duplicates', () => {
    expect(unionTasks(['b', 'a'], ['a', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('lessonsReplacedByImport', () => {
  const local: ProgressSnapshot = {
    lastLessonId: null,
    lessons: {
      'p/edited': { files: { 'a.ts': 'mine' }, completedTasks: [] },
      'p/same': { files: { 'a.ts': 'same' }, completedTasks: [] },
      'p/untouched': { files: {}, completedTasks: ['t'] },
    },
  };

  it('names only lessons whose own code would be replaced by different code', () => {
    const incoming: ProgressSnapshot = {
      lastLessonId: null,
      lessons: {
        'p/edited': { files: { 'a.ts': 'theirs' }, completedTasks: [] },
        'p/same': { files: { 'a.ts': 'same' }, completedTasks: [] },
        'p/untouched': { files: { 'a.ts': 'theirs' }, completedTasks: [] },
        'p/new': { files: { 'a.ts': 'theirs' }, completedTasks: [] },
      },
    };
    expect(lessonsReplacedByImport(local, incoming)).toEqual(['p/edited']);
  });

  it('counts an import without the learner’s file as replacing it', () => {
    const incoming: ProgressSnapshot = { lastLessonId: null, lessons: { 'p/same': { files: {}, completedTasks: [] } } };
    expect(lessonsReplacedByImport(local, incoming)).toEqual(['p/same']);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressStore } from './progress-store';

let count = 0;
const stores: ProgressStore[] = [];
function newStore(onChange?: () => void): ProgressStore {
  const store = new ProgressStore({ name: `progress-test-${++count}`, onChange });
  stores.push(store);
  return store;
}

afterEach(() => stores.splice(0).forEach((store) => store.close()));

const ID = 'foundations/feature-modules';

describe('ProgressStore', () => {
  it('has nothing for a lesson never opened', async () => {
    const store = newStore();
    expect(await store.getLesson(ID)).toBeUndefined();
    expect(await store.snapshot()).toEqual({ lessons: {}, lastLessonId: null });
  });

  it('saves the learner’s files and open file, and a second database connection reads them back', async () => {
    const store = newStore();
    await store.saveWork(ID, { files: { 'src/a.ts': 'mine' }, activePath: 'src/a.ts', openPaths: ['src/a.ts'] });
    await store.saveWork(ID, {
      files: { 'src/a.ts': 'mine, later' },
      activePath: 'src/b.ts',
      openPaths: ['src/a.ts', 'src/b.ts'],
    });
    store.close();
    // A reload: a fresh connection to the same database.
    expect(await store.getLesson(ID)).toEqual({
      files: { 'src/a.ts': 'mine, later' },
      activePath: 'src/b.ts',
      openPaths: ['src/a.ts', 'src/b.ts'],
      completedTasks: [],
      savedAt: expect.any(Number),
    });
  });

  it('a save started just before the database closes (the page is going) still lands', async () => {
    const store = newStore();
    await store.getLesson(ID); // the database is open, as it is while the learner types
    const saving = store.saveWork(ID, { files: { 'src/a.ts': 'last keystroke' } });
    store.close(); // what leaving the page amounts to: no later request would be accepted
    await saving;
    expect((await store.getLesson(ID))?.files).toEqual({ 'src/a.ts': 'last keystroke' });
  });

  it('keeps tasks ever completed, and saving files never drops them', async () => {
    const onChange = vi.fn();
    const store = newStore(onChange);
    expect(await store.addCompletedTasks(ID, ['second'])).toEqual(['second']);
    expect(await store.addCompletedTasks(ID, ['first'])).toEqual(['first', 'second']);
    expect(onChange).toHaveBeenCalledTimes(2);
    await store.addCompletedTasks(ID, ['first']);
    expect(onChange).toHaveBeenCalledTimes(2); // nothing new: no change to announce
    await store.saveWork(ID, { files: {} });
    expect((await store.getLesson(ID))?.completedTasks).toEqual(['first', 'second']);
  });

  it('saves from typing and from a run at the same moment both land', async () => {
    const store = newStore();
    await Promise.all([
      store.saveWork(ID, { files: { 'src/a.ts': 'typed' } }),
      store.addCompletedTasks(ID, ['t1']),
      store.markVisited(ID, 42),
    ]);
    expect(await store.getLesson(ID)).toMatchObject({
      files: { 'src/a.ts': 'typed' },
      completedTasks: ['t1'],
      visitedAt: 42,
    });
  });

  it('remembers the last lesson visited', async () => {
    const store = newStore();
    await store.markVisited('a/one', 1);
    await store.markVisited('a/two', 2);
    const snapshot = await store.snapshot();
    expect(snapshot.lastLessonId).toBe('a/two');
    expect(Object.keys(snapshot.lessons).sort()).toEqual(['a/one', 'a/two']);
  });

  it('imports by merging: the file’s code, the union of tasks, other lessons kept', async () => {
    const onChange = vi.fn();
    const store = newStore(onChange);
    await store.saveWork('a/one', { files: { 'x.ts': 'local' } });
    await store.addCompletedTasks('a/one', ['t1']);
    await store.saveWork('a/two', { files: { 'y.ts': 'untouched' } });
    await store.importProgress({
      lastLessonId: 'a/one',
      lessons: { 'a/one': { files: { 'x.ts': 'imported' }, completedTasks: ['t2'] } },
    });
    expect(onChange).toHaveBeenCalled();
    const snapshot = await store.snapshot();
    expect(snapshot.lastLessonId).toBe('a/one');
    expect(snapshot.lessons['a/one']).toEqual({ files: { 'x.ts': 'imported' }, completedTasks: ['t1', 't2'] });
    expect(snapshot.lessons['a/two'].files).toEqual({ 'y.ts': 'untouched' });
  });
});

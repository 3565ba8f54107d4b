import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressStore } from './progress-store';

const stores: ProgressStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));
const ID = 'foundations/clean-architecture';
const KEPT = { files: { 'src/a.ts': 'mine' }, added: ['src/new.ts'], keptAt: 1700000000000 };

function newStore(name: string): ProgressStore {
  const store = new ProgressStore({ name });
  stores.push(store);
  return store;
}

describe('the code kept by "Apply solution"', () => {
  it('survives a reload beside the saved files, and is dropped by "Restore my code"', async () => {
    const store = newStore('kept-code-1');
    await store.saveWork(ID, { files: { 'src/a.ts': 'solution' } });
    await store.saveKeptCode(ID, KEPT);
    await store.saveWork(ID, { files: { 'src/a.ts': 'solution, edited' } });
    store.close();
    expect(await store.getKeptCode(ID)).toEqual(KEPT);
    expect((await store.getLesson(ID))?.files).toEqual({ 'src/a.ts': 'solution, edited' });
    await store.saveKeptCode(ID, null);
    expect(await store.getKeptCode(ID)).toBeUndefined();
    expect((await store.getLesson(ID))?.files).toEqual({ 'src/a.ts': 'solution, edited' });
  });

  it('opens a database made before the copy was kept (version 1) without losing its work', async () => {
    const name = 'kept-code-upgrade';
    const old = await openDB(name, 1, {
      upgrade(db) {
        for (const store of ['work', 'tasks', 'visits', 'meta']) db.createObjectStore(store);
      },
    });
    await old.put('work', { files: { 'src/a.ts': 'old work' } }, ID);
    old.close();
    const store = newStore(name);
    expect((await store.getLesson(ID))?.files).toEqual({ 'src/a.ts': 'old work' });
    await store.saveKeptCode(ID, KEPT);
    expect(await store.getKeptCode(ID)).toEqual(KEPT);
  });
});

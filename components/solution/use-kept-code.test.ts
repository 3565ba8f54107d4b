import { describe, expect, it } from 'vitest';
import { memoryKeptCodeStore } from './use-kept-code';

describe('memoryKeptCodeStore', () => {
  it('keeps one copy per lesson until it is cleared', async () => {
    const store = memoryKeptCodeStore();
    const copy = { files: { 'src/a.ts': 'mine' }, added: [], keptAt: 1 };
    await store.save('part/one', copy);
    expect(await store.load('part/one')).toEqual(copy);
    expect(await store.load('part/two')).toBeNull();
    await store.save('part/one', null);
    expect(await store.load('part/one')).toBeNull();
  });
});

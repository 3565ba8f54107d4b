import { describe, expect, it } from 'vitest';
import { takeExitJournal, writeExitJournal } from './exit-journal';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('exit journal', () => {
  it('keeps the unsaved work of a lesson until the next visit takes it, once', () => {
    const storage = memoryStorage();
    expect(
      writeExitJournal('p/one', { files: { 'a.ts': 'last keystroke' }, activePath: 'a.ts', savedAt: 5 }, storage),
    ).toBe(true);
    expect(takeExitJournal('p/two', storage)).toBeUndefined();
    expect(takeExitJournal('p/one', storage)).toEqual({
      files: { 'a.ts': 'last keystroke' },
      activePath: 'a.ts',
      savedAt: 5,
    });
    expect(takeExitJournal('p/one', storage)).toBeUndefined();
  });

  it('stamps work that has no time yet', () => {
    const storage = memoryStorage();
    writeExitJournal('p/one', { files: {} }, storage);
    expect(takeExitJournal('p/one', storage)?.savedAt).toEqual(expect.any(Number));
  });

  it('says when nothing could be written, and ignores an unreadable copy', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeExitJournal('p/one', { files: {} }, full)).toBe(false);
    expect(writeExitJournal('p/one', { files: {} }, undefined)).toBe(false);
    const storage = memoryStorage();
    storage.items.set('nest-workbook:unsaved:p/one', '{"files": 3}');
    expect(takeExitJournal('p/one', storage)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });
});

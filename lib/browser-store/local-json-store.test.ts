// The store survives bad or missing storage and hands React stable snapshots.
import { describe, expect, it, vi } from 'vitest';
import { createStore, type StorageLike } from './local-json-store';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

const counts = (raw: unknown) =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, number>) : undefined;

describe('createStore', () => {
  it('reads what an earlier page wrote, and writes JSON back', () => {
    const storage = memoryStorage({ k: '{"a":2}' });
    const store = createStore('k', { parse: counts, fallback: {}, storage: () => storage });
    expect(store.get()).toEqual({ a: 2 });
    store.set({ a: 3 });
    expect(storage.data.k).toBe('{"a":3}');
    expect(store.get()).toEqual({ a: 3 });
  });

  it('returns the same object until the stored text changes', () => {
    const storage = memoryStorage({ k: '{"a":1}' });
    const store = createStore('k', { parse: counts, fallback: {}, storage: () => storage });
    expect(store.get()).toBe(store.get());
  });

  it('falls back on malformed JSON or a wrong shape', () => {
    const fallback = {};
    const broken = createStore('k', { parse: counts, fallback, storage: () => memoryStorage({ k: '{not json' }) });
    expect(broken.get()).toBe(fallback);
    const wrong = createStore('k', { parse: counts, fallback, storage: () => memoryStorage({ k: '42' }) });
    expect(wrong.get()).toBe(fallback);
  });

  it('keeps the value for this page when storage throws', () => {
    const failing: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    const store = createStore('k', { parse: counts, fallback: {}, storage: () => failing });
    store.set({ a: 1 });
    expect(store.get()).toEqual({ a: 1 });
  });

  it('tells every subscriber about a write, until it unsubscribes', () => {
    const store = createStore('k', { parse: counts, fallback: {}, storage: () => memoryStorage() });
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.set({ a: 1 });
    stop();
    store.set({ a: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

// A value kept in localStorage as JSON, shaped for React's useSyncExternalStore:
// every component on the page that reads the same key shares one store, sees
// the same snapshot, and re-renders when any of them (or another tab) writes.
// Storage that is missing, full or blocked never breaks the page: the value
// then lives for this page only.

export interface JsonStore<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface StoreOptions<T> {
  /** Returns the value when `raw` has the expected shape, else undefined (the fallback is used). */
  parse: (raw: unknown) => T | undefined;
  fallback: T;
  /** Default: window.localStorage, when there is one. */
  storage?: () => StorageLike | undefined;
}

const stores = new Map<string, JsonStore<unknown>>();

function browserStorage(): StorageLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

/** The shared store for `key` (created on first use). */
export function localJsonStore<T>(key: string, options: StoreOptions<T>): JsonStore<T> {
  let store = stores.get(key) as JsonStore<T> | undefined;
  if (!store) {
    store = createStore(key, options);
    stores.set(key, store as JsonStore<unknown>);
  }
  return store;
}

export function createStore<T>(
  key: string,
  { parse, fallback, storage = browserStorage }: StoreOptions<T>,
): JsonStore<T> {
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  let cached: { raw: string | null; value: T } | undefined;

  const readRaw = () => {
    try {
      return storage()?.getItem(key) ?? memory;
    } catch {
      return memory;
    }
  };
  const notify = () => listeners.forEach((listener) => listener());
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };

  return {
    get() {
      const raw = readRaw();
      // Same raw text, same object: React compares snapshots by identity.
      if (cached?.raw !== raw) cached = { raw, value: decode(raw, parse) ?? fallback };
      return cached.value;
    },
    set(next) {
      memory = JSON.stringify(next);
      try {
        storage()?.setItem(key, memory);
      } catch {
        // Full or blocked: `memory` keeps the value for this page.
      }
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

function decode<T>(raw: string | null, parse: (raw: unknown) => T | undefined): T | undefined {
  if (raw === null) return undefined;
  try {
    return parse(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

'use client';
// The copy of the learner's code that "Apply solution" keeps, per lesson, in
// a store that outlives the page where there is one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeptCode } from './solution-changes';

export interface KeptCodeStore {
  load(lessonId: string): Promise<KeptCode | null>;
  save(lessonId: string, kept: KeptCode | null): Promise<void>;
}

/** Lasts as long as the page: survives a lesson switch, not a reload. */
export function memoryKeptCodeStore(): KeptCodeStore {
  const kept = new Map<string, KeptCode>();
  return {
    load: async (lessonId) => kept.get(lessonId) ?? null,
    save: async (lessonId, copy) => {
      if (copy) kept.set(lessonId, copy);
      else kept.delete(lessonId);
    },
  };
}

export function useKeptCode(lessonId: string, store: KeptCodeStore) {
  const [kept, setKept] = useState<KeptCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A copy taken or dropped on this page wins over one that is still loading.
  const changedHere = useRef(false);

  useEffect(() => {
    let active = true;
    changedHere.current = false;
    store.load(lessonId).then(
      (stored) => {
        if (active && !changedHere.current) setKept(stored);
      },
      (error: unknown) => {
        if (active)
          setProblem(`Your earlier copy could not be read: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      active = false;
    };
  }, [lessonId, store]);

  const update = useCallback(
    (next: KeptCode | null) => {
      changedHere.current = true;
      setKept(next);
      setProblem(null);
      store.save(lessonId, next).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        setProblem(`Your copy is kept on this page only; saving it failed: ${reason}`);
      });
    },
    [lessonId, store],
  );

  return { kept, setKept: update, problem };
}

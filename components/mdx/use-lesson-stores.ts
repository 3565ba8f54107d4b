'use client';
// React access to the per-lesson browser state (lib/browser-store/lesson-stores.ts).
// The server and the first client render see nothing revealed or answered, so
// hydration matches; the saved state appears right after.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { quizAnswersStore, revealNextHint, revealedHintsStore, withAnswer } from '@/lib/browser-store/lesson-stores';

const NOTHING: Record<string, number> = Object.freeze({}) as Record<string, number>;
const nothing = () => NOTHING;

/** Revealed hints per task of a lesson, shared by the task list and every <Hints> on the page. */
export function useRevealedHints(lessonId: string) {
  const store = useMemo(() => revealedHintsStore(lessonId), [lessonId]);
  const revealed = useSyncExternalStore(store.subscribe, store.get, nothing);
  const reveal = useCallback(
    (taskId: string, available: number) => store.set(revealNextHint(store.get(), taskId, available)),
    [store],
  );
  return { revealed, reveal };
}

/** The choice picked in one quiz (undefined until answered), remembered across reloads. */
export function useQuizAnswer(lessonId: string, quizId: string) {
  const store = useMemo(() => quizAnswersStore(lessonId), [lessonId]);
  const answers = useSyncExternalStore(store.subscribe, store.get, nothing);
  const answer = useCallback(
    (choice: number | undefined) => store.set(withAnswer(store.get(), quizId, choice)),
    [store, quizId],
  );
  return { answered: answers[quizId] as number | undefined, answer };
}

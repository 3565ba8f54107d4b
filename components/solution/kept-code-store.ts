// Where "Apply solution" keeps the learner's code: beside the rest of their
// progress in IndexedDB, so it survives a reload, or for this page only where
// the browser has no IndexedDB.
import { browserProgress } from '@/lib/progress/browser-progress';
import { isKeptCode } from './solution-changes';
import { memoryKeptCodeStore, type KeptCodeStore } from './use-kept-code';

let store: KeptCodeStore | undefined;

export function pageKeptCodeStore(): KeptCodeStore {
  store ??= progressKeptCodeStore() ?? memoryKeptCodeStore();
  return store;
}

function progressKeptCodeStore(): KeptCodeStore | null {
  const progress = browserProgress();
  if (!progress) return null;
  return {
    load: async (lessonId) => {
      const kept = await progress.getKeptCode(lessonId);
      return isKeptCode(kept) ? kept : null;
    },
    save: (lessonId, kept) => progress.saveKeptCode(lessonId, kept),
  };
}

'use client';
// Keeps the learner's work in the browser (lib/progress): restores it when the
// workbench opens (before the runtime is prepared, so the runtime gets it too),
// saves it as they type, and records the tasks each run completes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonData } from '@/lib/content/types';
import { browserProgress } from '@/lib/progress/browser-progress';
import { DebouncedSaver, flushWhenHidden } from '@/lib/progress/debounced-saver';
import { takeExitJournal, writeExitJournal } from '@/lib/progress/exit-journal';
import { changedFiles, restoreFiles } from '@/lib/progress/lesson-progress';
import type { LessonWork } from '@/lib/progress/progress-store';
import type { TestRun } from '@/lib/runtime/types';
import { completedTasks, type WorkbenchAction, type WorkbenchState } from './workbench-state';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const KEEP_A_COPY = 'Export your progress from the home page, or copy your code, before you leave.';

/** `apply` dispatches an action and makes it visible to the caller's refs at once. */
export function useLessonProgress(lesson: LessonData, state: WorkbenchState, apply: (action: WorkbenchAction) => void) {
  // Saving starts only once the saved work has been read: saving earlier would overwrite it with the starting files.
  const [restored, setRestored] = useState(false);
  const [problem, setProblem] = useState<string>();
  const saver = useRef<DebouncedSaver<LessonWork> | null>(null);

  useEffect(() => {
    const store = browserProgress();
    if (!store) return;
    const lessonSaver = new DebouncedSaver<LessonWork>((work) => store.saveWork(lesson.id, work), {
      onError: (error) =>
        setProblem(`Your edits could not be saved in this browser: ${messageOf(error)}. ${KEEP_A_COPY}`),
      onSaved: () => setProblem(undefined),
    });
    saver.current = lessonSaver;
    const stop = flushWhenHidden(() => {
      const unsaved = lessonSaver.pendingValue;
      if (unsaved) writeExitJournal(lesson.id, unsaved);
      void lessonSaver.flush();
    });
    return () => {
      stop();
      void lessonSaver.flush();
      if (saver.current === lessonSaver) saver.current = null;
    };
  }, [lesson.id]);

  const { files, activePath, openPaths } = state;
  useEffect(() => {
    if (!restored) return;
    saver.current?.schedule({ files: changedFiles(lesson.files, files), activePath, openPaths, savedAt: Date.now() });
  }, [restored, lesson.files, files, activePath, openPaths]);

  /** Reads the saved work and lays it over the lesson; resolves when done (never rejects). */
  const restore = useCallback(async () => {
    const store = browserProgress();
    if (!store) {
      setProblem(
        'This browser offers no storage (IndexedDB), so your edits are not saved: copy your code before you leave.',
      );
      return;
    }
    try {
      const saved = await store.getLesson(lesson.id);
      // Work the page could only copy to localStorage as it went, when newer than IndexedDB's.
      const unsaved = takeExitJournal(lesson.id);
      const work = unsaved && (unsaved.savedAt ?? 0) > (saved?.savedAt ?? -1) ? unsaved : saved;
      if (work) {
        const { activePath, openPaths } = work;
        apply({
          type: 'restored',
          files: restoreFiles(lesson, work.files),
          activePath,
          openPaths,
          completedTasks: saved?.completedTasks ?? [],
        });
      }
      setRestored(true);
    } catch (error) {
      setProblem(
        `Your saved work could not be read from this browser (${messageOf(error)}), so edits made now are not saved. ${KEEP_A_COPY}`,
      );
      return;
    }
    store.markVisited(lesson.id).catch(() => undefined);
  }, [lesson, apply]);

  /** Ticks (and remembers) the tasks whose tests all passed in `run`. */
  const recordRun = useCallback(
    (run: TestRun) => {
      const done = [...completedTasks(lesson.tasks, run)];
      if (done.length === 0) return;
      apply({ type: 'tasksCompleted', taskIds: done });
      browserProgress()
        ?.addCompletedTasks(lesson.id, done)
        .catch((error: unknown) =>
          setProblem(`Your completed tasks could not be saved in this browser: ${messageOf(error)}.`),
        );
    },
    [lesson.id, lesson.tasks, apply],
  );

  /** Writes pending edits now instead of after the typing pause (Ctrl/Cmd+S). */
  const saveNow = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);

  return { restore, recordRun, saveNow, saveProblem: problem };
}

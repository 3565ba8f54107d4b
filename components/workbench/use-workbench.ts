'use client';
// Connects the workbench state to a runtime: boot → prepare → ready, edits
// synced (debounced, flushed before each run), Run tests / Stop, and
// replaceFiles for Reset, Apply solution and Restore my code (each lays the
// files out again with prepare); startApp for "Try the API".
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { LessonData } from '@/lib/content/types';
import { NoRuntimeError, loadRuntime, onRuntimeLog } from '@/lib/runtime/load-runtime';
import type { FileMap, RunOptions, WorkbookRuntime } from '@/lib/runtime/types';
import type { TerminalBuffer } from '../terminal/terminal-buffer';
import { FileSync } from './file-sync';
import { useLessonProgress } from './use-lesson-progress';
import { initialState, workbenchReducer, type WorkbenchAction } from './workbench-state';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export function useWorkbench(lesson: LessonData, terminal: TerminalBuffer) {
  const [state, dispatch] = useReducer(workbenchReducer, lesson, initialState);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const runtime = useRef<WorkbookRuntime | null>(null);
  const sync = useRef<FileSync | null>(null);
  const preparing = useRef<AbortController | null>(null);
  const running = useRef<AbortController | null>(null);
  /** Dispatches, and lets code later in the same tick (prepare) see the result. */
  const apply = useCallback((action: WorkbenchAction) => {
    dispatch(action);
    stateRef.current = workbenchReducer(stateRef.current, action);
  }, []);
  const { restore, recordRun, saveNow, saveProblem } = useLessonProgress(lesson, state, apply);

  /** Lays `files` out in the runtime; edits made meanwhile are sent afterwards. */
  const prepare = useCallback(
    async (rt: WorkbookRuntime, files: FileMap) => {
      preparing.current?.abort();
      const controller = new AbortController();
      preparing.current = controller;
      sync.current?.clear();
      dispatch({ type: 'phase', phase: 'preparing' });
      try {
        await rt.prepare({ lessonId: lesson.id, starter: lesson.starter, files }, controller.signal);
        if (controller.signal.aborted) return;
        for (const [path, contents] of Object.entries(stateRef.current.files)) {
          if (files[path] !== contents) sync.current?.schedule(path, contents);
        }
        dispatch({ type: 'phase', phase: 'ready' });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        dispatch({ type: 'failed', message: `Could not prepare the project: ${messageOf(error)}` });
      }
    },
    [lesson.id, lesson.starter],
  );

  useEffect(() => {
    let active = true;
    const stopLog = onRuntimeLog((chunk) => terminal.write(chunk));
    const restoring = restore();
    loadRuntime().then(
      async ({ runtime: rt, fallbacks }) => {
        await restoring; // so the runtime gets the learner's saved files, not the starting ones
        if (!active) return;
        runtime.current = rt;
        sync.current = new FileSync((path, contents) => rt.writeFile(path, contents));
        dispatch({ type: 'runtimeLoaded', kind: rt.kind, fallbacks });
        void prepare(rt, stateRef.current.files);
      },
      (error: unknown) => {
        if (!active) return;
        const fallbacks = error instanceof NoRuntimeError ? error.fallbacks : [];
        const message = fallbacks.length > 0 ? messageOf(error) : `No runtime could start: ${messageOf(error)}`;
        dispatch({ type: 'runtimeUnavailable', message, fallbacks });
      },
    );
    return () => {
      active = false;
      stopLog();
      preparing.current?.abort();
      running.current?.abort();
      void sync.current?.flush().catch(() => undefined);
    };
  }, [prepare, restore, terminal]);

  const edit = useCallback((path: string, contents: string) => {
    const current = stateRef.current;
    if (current.readOnly.has(path) || current.files[path] === contents) return;
    dispatch({ type: 'edited', path, contents });
    if (current.phase !== 'preparing') sync.current?.schedule(path, contents);
  }, []);

  const runTests = useCallback(async () => {
    const rt = runtime.current;
    if (!rt || !sync.current || running.current) return;
    const controller = new AbortController();
    running.current = controller;
    dispatch({ type: 'phase', phase: 'running' });
    terminal.write(`\r\n${DIM}$ npx vitest run${RESET}\r\n`);
    try {
      await sync.current.flush();
      const run = await rt.runTests({ onOutput: (chunk) => terminal.write(chunk), signal: controller.signal });
      // A run stopped by Reset or Apply solution is superseded: the project is being prepared again.
      if (running.current === controller) {
        dispatch({ type: 'runFinished', run });
        recordRun(run);
      }
    } catch (error) {
      if (running.current === controller)
        dispatch({ type: 'runFailed', message: `The tests could not run: ${messageOf(error)}` });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, [recordRun, terminal]);

  const stopTests = useCallback(() => running.current?.abort(), []);

  const replaceFiles = useCallback(
    (files: FileMap) => {
      running.current?.abort();
      running.current = null;
      dispatch({ type: 'filesReplaced', files });
      stateRef.current = { ...stateRef.current, files };
      if (runtime.current) void prepare(runtime.current, files);
    },
    [prepare],
  );

  const reset = useCallback(() => replaceFiles(lesson.files), [lesson.files, replaceFiles]);

  /** Starts (or restarts) the lesson's app with the latest edits; its log goes to the terminal. */
  const startApp = useCallback(
    async ({ signal, onOutput }: RunOptions = {}) => {
      const rt = runtime.current;
      if (!rt || !sync.current) throw new Error('The runtime is not ready yet.');
      await sync.current.flush();
      terminal.write(`\r\n${DIM}$ npm run start${RESET}\r\n`);
      const output = (chunk: string) => {
        terminal.write(chunk);
        onOutput?.(chunk);
      };
      return rt.startApp({ onOutput: output, signal });
    },
    [terminal],
  );

  const openFile = useCallback((path: string) => dispatch({ type: 'opened', path }), []);
  const closeFile = useCallback((path: string) => dispatch({ type: 'closed', path }), []);

  return { state, saveProblem, saveNow, edit, runTests, stopTests, reset, replaceFiles, startApp, openFile, closeFile };
}

'use client';
// The lesson's live project: files, editor, tasks, test results and terminal.
// Loaded only in the browser (see lazy-workbench.tsx), after the prose is readable.
import { useEffect, useId, useMemo, useRef } from 'react';
import { fetchTypesBundle } from '@/lib/editor/monaco';
import type { LessonData } from '@/lib/content/types';
import { CodeEditor } from '../editor/code-editor';
import { TestResults } from '../results/test-results';
import { TerminalBuffer } from '../terminal/terminal-buffer';
import { TerminalView } from '../terminal/terminal-view';
import { EditorTabs } from './editor-tabs';
import { FileTree } from './file-tree';
import { RuntimeNotice, RuntimeStatus } from './runtime-status';
import { TaskList } from './task-list';
import { usePrefersDark } from './use-prefers-dark';
import { useWorkbench } from './use-workbench';
import { completedTasks } from './workbench-state';

const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50';
const PRIMARY = `${BUTTON} bg-sky-600 text-white hover:bg-sky-700 disabled:hover:bg-sky-600`;
const SECONDARY = `${BUTTON} border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800`;
const PANEL_HEADING = 'px-3 pt-2 pb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400';

export function Workbench({ lesson }: { lesson: LessonData }) {
  const terminal = useMemo(() => new TerminalBuffer(), []);
  const { state, edit, runTests, stopTests, reset, showSolution, openFile, closeFile, revealHint } = useWorkbench(lesson, terminal);
  const dark = usePrefersDark();
  // Download the editor's typings while Monaco itself loads.
  useEffect(() => void fetchTypesBundle(lesson.starter).catch(() => undefined), [lesson.starter]);
  const panelId = useId();
  const pathKey = Object.keys(state.files).sort().join('\n');
  const paths = useMemo(() => (pathKey ? pathKey.split('\n') : []), [pathKey]);
  const done = useMemo(() => completedTasks(lesson.tasks, state.run), [lesson.tasks, state.run]);
  const running = state.phase === 'running';
  const lowerPanel = useRef<HTMLDivElement>(null);
  const resultsPanel = useRef<HTMLDivElement>(null);
  // A finished run scrolls its results into view inside the lower panel (never the page).
  useEffect(() => {
    const panel = lowerPanel.current;
    const results = resultsPanel.current;
    if (state.run && panel && results) panel.scrollTo({ top: results.offsetTop, behavior: 'smooth' });
  }, [state.run]);
  const hasSolution = Object.keys(lesson.solution).length > 0;

  return (
    <div className="@container flex h-full min-h-[36rem] flex-col overflow-hidden bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <div role="toolbar" aria-label="Workbench" className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <button type="button" className={PRIMARY} onClick={() => void runTests()} disabled={state.phase !== 'ready'}>
          Run tests
        </button>
        {running && (
          <button type="button" className={SECONDARY} onClick={stopTests}>
            Stop
          </button>
        )}
        <button type="button" className={SECONDARY} onClick={reset}>
          Reset
        </button>
        <button type="button" className={SECONDARY} onClick={showSolution} disabled={!hasSolution}>
          Show solution
        </button>
        <div className="ml-auto">
          <RuntimeStatus kind={state.runtimeKind} phase={state.phase} />
        </div>
      </div>
      <RuntimeNotice
        fallbacks={state.fallbacks}
        unavailable={state.phase === 'unavailable'}
        problem={state.phase === 'unavailable' || state.phase === 'failed' ? state.problem : undefined}
      />

      <div className="flex min-h-0 flex-[3]">
        <nav aria-label="Project files" className="w-44 shrink-0 overflow-auto border-r border-zinc-200 bg-zinc-50/60 @3xl:w-56 dark:border-zinc-800 dark:bg-zinc-900/40">
          <FileTree paths={paths} readOnly={state.readOnly} activePath={state.activePath} onOpen={openFile} />
        </nav>
        <div className="flex min-w-0 flex-1 flex-col">
          <EditorTabs
            openPaths={state.openPaths}
            activePath={state.activePath}
            readOnly={state.readOnly}
            panelId={panelId}
            onSelect={openFile}
            onClose={closeFile}
          />
          <div role="tabpanel" id={panelId} aria-labelledby={`${panelId}-tab-${state.activePath}`} className="min-h-0 flex-1">
            {state.activePath ? (
              <CodeEditor
                files={state.files}
                revision={state.revision}
                starter={lesson.starter}
                path={state.activePath}
                readOnly={state.readOnly.has(state.activePath)}
                dark={dark}
                onChange={edit}
              />
            ) : (
              <p className="p-4 text-sm text-zinc-500">Open a file from the tree.</p>
            )}
          </div>
        </div>
      </div>

      <div className="grid min-h-0 flex-[2] grid-rows-[minmax(0,1fr)_minmax(0,10rem)] border-t border-zinc-200 @3xl:grid-cols-2 @3xl:grid-rows-1 dark:border-zinc-800">
        <div ref={lowerPanel} className="relative min-h-0 overflow-auto">
          <TaskList tasks={lesson.tasks} done={done} hintsShown={state.hintsShown} onRevealHint={revealHint} />
          <div ref={resultsPanel} className="border-t border-zinc-100 dark:border-zinc-800/70">
            <h3 className={PANEL_HEADING} aria-hidden="true">Results</h3>
            <TestResults run={state.run} running={running} problem={state.phase === 'ready' ? state.problem : undefined} />
          </div>
        </div>
        <section aria-label="Terminal" className="flex min-h-0 flex-col border-t border-zinc-200 bg-zinc-50 @3xl:border-t-0 @3xl:border-l dark:border-zinc-800 dark:bg-zinc-950">
          <h3 className={PANEL_HEADING}>Terminal</h3>
          <div className="min-h-0 flex-1">
            <TerminalView buffer={terminal} dark={dark} />
          </div>
        </section>
      </div>
    </div>
  );
}

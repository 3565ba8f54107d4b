'use client';
// The lesson's live project: files, editor, tasks, test results and terminal.
// Loaded only in the browser (see lazy-workbench.tsx), after the prose is readable.
import { useEffect, useId, useMemo, useRef } from 'react';
import { fetchTypesBundle } from '@/lib/editor/monaco';
import type { LessonData } from '@/lib/content/types';
import { changedFiles } from '@/lib/progress/lesson-progress';
import { CodeEditor } from '../editor/code-editor';
import { ResizeHandle, SplitGroup, SplitPanel } from '../layout/split';
import { TestResults } from '../results/test-results';
import { TerminalBuffer } from '../terminal/terminal-buffer';
import { TerminalView } from '../terminal/terminal-view';
import { ApiPanel } from '../api/api-panel';
import { ConsoleTabs } from '../api/console-tabs';
import { pageKeptCodeStore } from '../solution/kept-code-store';
import { SolutionControls } from '../solution/solution-controls';
import { useTheme } from '../theme/use-theme';
import { EditorTabs } from './editor-tabs';
import { FileTree } from './file-tree';
import { RuntimeNotice, RuntimeStatus } from './runtime-status';
import { TaskList } from './task-list';
import { WorkbenchKeyboard } from '../keyboard/workbench-keyboard';
import { useRevealedHints } from '../mdx/use-lesson-stores';
import { useWorkbench } from './use-workbench';
import { completedTasks } from './workbench-state';
import { ResetButton } from './reset-button';
import { SaveNotice } from './save-notice';

const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50';
const PRIMARY = `${BUTTON} bg-sky-700 text-white hover:bg-sky-800 disabled:hover:bg-sky-700`;
const SECONDARY = `${BUTTON} border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800`;
const PANEL_HEADING = 'px-3 pt-2 pb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400';

export function Workbench({ lesson }: { lesson: LessonData }) {
  const terminal = useMemo(() => new TerminalBuffer(), []);
  const { state, saveProblem, saveNow, edit, runTests, stopTests, reset, replaceFiles, startApp, openFile, closeFile } =
    useWorkbench(lesson, terminal);
  const dark = useTheme() === 'dark';
  // Shared with <Hints> in the prose, and remembered in this browser.
  const hints = useRevealedHints(lesson.id);
  // Download the editor's typings while Monaco itself loads.
  useEffect(() => void fetchTypesBundle(lesson.starter).catch(() => undefined), [lesson.starter]);
  const panelId = useId();
  const pathKey = Object.keys(state.files).sort().join('\n');
  const paths = useMemo(() => (pathKey ? pathKey.split('\n') : []), [pathKey]);
  // Tasks ever completed (saved in the browser) plus those the latest run completed.
  const done = useMemo(
    () => new Set([...state.completedTasks, ...completedTasks(lesson.tasks, state.run)]),
    [state.completedTasks, lesson.tasks, state.run],
  );
  const changedPaths = useMemo(
    () => Object.keys(changedFiles(lesson.files, state.files)).sort(),
    [lesson.files, state.files],
  );
  const running = state.phase === 'running';
  // Ctrl/Cmd+Enter runs the tests; Ctrl/Cmd+S also saves the edits in the browser at once
  // (they are saved anyway after a pause in typing). A run sends them to the project.
  const runIfReady = () => {
    if (state.phase === 'ready') void runTests();
  };
  const saveAndRun = () => {
    void saveNow(); // never rejects: a failed save shows in the save notice
    runIfReady();
  };
  const lowerPanel = useRef<HTMLDivElement>(null);
  const resultsPanel = useRef<HTMLDivElement>(null);
  // A finished run scrolls its results into view inside the lower panel (never the page).
  useEffect(() => {
    const panel = lowerPanel.current;
    const results = resultsPanel.current;
    if (state.run && panel && results) panel.scrollTo({ top: results.offsetTop, behavior: 'smooth' });
  }, [state.run]);

  return (
    <div className="@container flex h-full min-h-[36rem] flex-col overflow-hidden bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <div
        role="toolbar"
        aria-label="Workbench"
        className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800"
      >
        <button type="button" className={PRIMARY} onClick={() => void runTests()} disabled={state.phase !== 'ready'}>
          Run tests
        </button>
        {running && (
          <button type="button" className={SECONDARY} onClick={stopTests}>
            Stop
          </button>
        )}
        <ResetButton className={SECONDARY} changedPaths={changedPaths} onReset={reset} />
        <SolutionControls
          lessonId={lesson.id}
          files={state.files}
          solution={lesson.solution}
          dark={dark}
          replaceFiles={replaceFiles}
          store={pageKeptCodeStore()}
          buttonClassName={SECONDARY}
        />
        <WorkbenchKeyboard className={SECONDARY} onSave={saveAndRun} onRun={runIfReady} />
        <div className="ml-auto">
          <RuntimeStatus kind={state.runtimeKind} phase={state.phase} />
        </div>
      </div>
      <RuntimeNotice
        fallbacks={state.fallbacks}
        unavailable={state.phase === 'unavailable'}
        problem={state.phase === 'unavailable' || state.phase === 'failed' ? state.problem : undefined}
      />
      <SaveNotice problem={saveProblem} />

      <SplitGroup id="workbench-rows" orientation="vertical" className="min-h-0 flex-1">
        <SplitPanel id="workbench-top" defaultSize="60%" minSize="6rem">
          <SplitGroup id="workbench-columns" orientation="horizontal">
            <SplitPanel id="workbench-files" defaultSize="25%" minSize="6rem" maxSize="60%">
              <nav aria-label="Project files" className="h-full overflow-auto bg-zinc-50/60 dark:bg-zinc-900/40">
                <FileTree paths={paths} readOnly={state.readOnly} activePath={state.activePath} onOpen={openFile} />
              </nav>
            </SplitPanel>
            <ResizeHandle label="Resize the file tree" between="columns" />
            <SplitPanel id="workbench-editor" minSize="30%">
              <div className="flex h-full min-w-0 flex-col">
                <EditorTabs
                  openPaths={state.openPaths}
                  activePath={state.activePath}
                  readOnly={state.readOnly}
                  panelId={panelId}
                  onSelect={openFile}
                  onClose={closeFile}
                />
                <div
                  role="tabpanel"
                  id={panelId}
                  aria-labelledby={`${panelId}-tab-${state.activePath}`}
                  className="min-h-0 flex-1"
                >
                  {state.activePath ? (
                    <CodeEditor
                      files={state.files}
                      revision={state.revision}
                      starter={lesson.starter}
                      path={state.activePath}
                      readOnly={state.readOnly.has(state.activePath)}
                      dark={dark}
                      onChange={edit}
                      keys={{ save: saveAndRun, run: runIfReady }}
                    />
                  ) : (
                    <p className="p-4 text-sm text-zinc-500">Open a file from the tree.</p>
                  )}
                </div>
              </div>
            </SplitPanel>
          </SplitGroup>
        </SplitPanel>
        <ResizeHandle label="Resize the editor and the results" between="rows" />
        <SplitPanel id="workbench-lower" minSize="4rem">
          <div className="grid h-full min-h-0 grid-rows-[minmax(0,1fr)_minmax(0,10rem)] @3xl:grid-cols-2 @3xl:grid-rows-1">
            <div ref={lowerPanel} className="relative min-h-0 overflow-auto">
              <TaskList
                tasks={lesson.tasks}
                done={done}
                hintsShown={hints.revealed}
                onRevealHint={(task) => hints.reveal(task.id, task.hints.length)}
              />
              <div ref={resultsPanel} className="border-t border-zinc-100 dark:border-zinc-800/70">
                <h3 className={PANEL_HEADING} aria-hidden="true">
                  Results
                </h3>
                <TestResults
                  run={state.run}
                  running={running}
                  problem={state.phase === 'ready' ? state.problem : undefined}
                />
              </div>
            </div>
            <ConsoleTabs
              className="border-t border-zinc-200 bg-zinc-50 @3xl:border-t-0 @3xl:border-l dark:border-zinc-800 dark:bg-zinc-950"
              tabs={[
                { id: 'terminal', label: 'Terminal', content: <TerminalView buffer={terminal} dark={dark} /> },
                {
                  id: 'api',
                  label: 'Try the API',
                  content: (
                    <ApiPanel
                      requests={lesson.requests}
                      startApp={startApp}
                      files={state.files}
                      revision={state.revision}
                      canStart={state.phase === 'ready' || state.phase === 'running'}
                    />
                  ),
                },
              ]}
            />
          </div>
        </SplitPanel>
      </SplitGroup>
    </div>
  );
}

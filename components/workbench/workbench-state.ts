// The workbench's state as a plain reducer: the files (edited or not), the open
// tabs, the runtime's phase and the latest test run (revealed hints live in the
// browser's storage: components/mdx/use-lesson-stores.ts). Kept
// pure so confirmation dialogs, persistence or a diff view can be added around it.
import type { LessonTask } from '@/lib/content/schema';
import type { LessonData } from '@/lib/content/types';
import type { RuntimeFallback } from '@/lib/runtime/load-runtime';
import type { FileMap, RuntimeKind, TestRun } from '@/lib/runtime/types';

/** booting → preparing → ready ⇄ running; `unavailable` when no runtime could start, `failed` when preparing failed. */
export type Phase = 'booting' | 'preparing' | 'ready' | 'running' | 'unavailable' | 'failed';

export interface WorkbenchState {
  files: FileMap;
  readOnly: ReadonlySet<string>;
  openPaths: string[];
  activePath: string;
  phase: Phase;
  runtimeKind?: RuntimeKind;
  fallbacks: RuntimeFallback[];
  /** Why the phase is `unavailable` or `failed`, or why the last run could not happen. */
  problem?: string;
  run?: TestRun;
  /** Tasks ever completed (saved in the browser): once ticked, a task stays ticked. */
  completedTasks: string[];
  /** Bumped when files are replaced wholesale (Reset, Show solution), so the editor re-syncs its models. */
  revision: number;
}

export type WorkbenchAction =
  | { type: 'edited'; path: string; contents: string }
  | { type: 'opened'; path: string }
  | { type: 'closed'; path: string }
  | { type: 'filesReplaced'; files: FileMap }
  | { type: 'runtimeLoaded'; kind: RuntimeKind; fallbacks: RuntimeFallback[] }
  | { type: 'runtimeUnavailable'; message: string; fallbacks: RuntimeFallback[] }
  | { type: 'phase'; phase: Phase }
  | { type: 'failed'; message: string }
  | { type: 'runFailed'; message: string }
  | { type: 'runFinished'; run: TestRun }
  | RestoredAction
  | { type: 'tasksCompleted'; taskIds: string[] };

/** The learner's saved work, laid over the lesson when the workbench opens. */
export interface RestoredAction {
  type: 'restored';
  files: FileMap;
  activePath?: string;
  openPaths?: string[];
  completedTasks: string[];
}

export function initialState(lesson: Pick<LessonData, 'files' | 'focus' | 'readOnly'>): WorkbenchState {
  const activePath = lesson.focus in lesson.files ? lesson.focus : (Object.keys(lesson.files).sort()[0] ?? '');
  return {
    files: lesson.files,
    readOnly: new Set(lesson.readOnly),
    openPaths: activePath ? [activePath] : [],
    activePath,
    phase: 'booting',
    fallbacks: [],
    completedTasks: [],
    revision: 0,
  };
}

/** "Show solution": the solution's files over the current ones; files it does not mention stay as they are. */
export function withSolution(files: FileMap, solution: FileMap): FileMap {
  return { ...files, ...solution };
}

function restore(
  state: WorkbenchState,
  { files, activePath, openPaths, completedTasks }: RestoredAction,
): WorkbenchState {
  const kept = (openPaths ?? state.openPaths).filter((p) => p in files);
  const active = activePath !== undefined && activePath in files ? activePath : (kept[0] ?? state.activePath);
  return {
    ...state,
    files,
    openPaths: !active || kept.includes(active) ? kept : [...kept, active],
    activePath: active,
    completedTasks: [...new Set([...state.completedTasks, ...completedTasks])],
    revision: state.revision + 1,
  };
}

function closeTab(state: WorkbenchState, path: string): WorkbenchState {
  const index = state.openPaths.indexOf(path);
  if (index < 0) return state;
  const openPaths = state.openPaths.filter((p) => p !== path);
  const activePath =
    state.activePath === path ? (openPaths[Math.min(index, openPaths.length - 1)] ?? '') : state.activePath;
  return { ...state, openPaths, activePath };
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'edited':
      if (state.readOnly.has(action.path) || state.files[action.path] === action.contents) return state;
      return { ...state, files: { ...state.files, [action.path]: action.contents } };
    case 'opened': {
      if (!(action.path in state.files)) return state;
      const openPaths = state.openPaths.includes(action.path) ? state.openPaths : [...state.openPaths, action.path];
      return { ...state, openPaths, activePath: action.path };
    }
    case 'closed':
      return closeTab(state, action.path);
    case 'filesReplaced': {
      const openPaths = state.openPaths.filter((p) => p in action.files);
      const activePath = action.files[state.activePath] !== undefined ? state.activePath : (openPaths[0] ?? '');
      return { ...state, files: action.files, openPaths, activePath, revision: state.revision + 1 };
    }
    case 'runtimeLoaded':
      return { ...state, runtimeKind: action.kind, fallbacks: action.fallbacks };
    case 'runtimeUnavailable':
      return { ...state, phase: 'unavailable', problem: action.message, fallbacks: action.fallbacks };
    case 'phase':
      return { ...state, phase: action.phase, problem: undefined };
    case 'failed':
      return { ...state, phase: 'failed', problem: action.message };
    case 'runFailed':
      return { ...state, phase: 'ready', problem: action.message };
    case 'runFinished':
      return { ...state, phase: 'ready', run: action.run, problem: undefined };
    case 'restored':
      return restore(state, action);
    case 'tasksCompleted':
      return { ...state, completedTasks: [...new Set([...state.completedTasks, ...action.taskIds])] };
  }
}

/** A task is done when every test it names passed in the latest run. */
export function completedTasks(tasks: LessonTask[], run: TestRun | undefined): Set<string> {
  const passed = new Set(run?.tests.filter((t) => t.status === 'passed').map((t) => t.name));
  return new Set(tasks.filter((task) => task.tests.every((name) => passed.has(name))).map((task) => task.id));
}

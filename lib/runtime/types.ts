// The one seam between the workbook UI and whatever runs a learner's project.
// UI code imports from here (and from ./choose) only, never from a runtime folder.

/** Workspace-relative POSIX path → file contents. */
export type FileMap = Record<string, string>;

export type RuntimeKind = 'local' | 'webcontainer';

/** What a runtime needs to lay out a lesson's project. */
export interface LessonWorkspace {
  /** "part-slug/lesson-slug", stable across locales. */
  lessonId: string;
  /** Folder name under starters/. */
  starter: string;
  /** Every file the learner sees: the starter's files overlaid with the lesson's (and the learner's edits). */
  files: FileMap;
}

export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestFailure {
  message: string;
  /** Present when the assertion compared two values (toBe, toEqual, ...). */
  expected?: string;
  received?: string;
}

export interface TestResult {
  /** Describe blocks and test title joined by " > ", as Vitest's fullName. Tasks refer to tests by this. */
  name: string;
  /** Workspace-relative path of the spec file. */
  file: string;
  status: TestStatus;
  durationMs: number;
  failure?: TestFailure;
}

/** A compile, syntax or load error that stops a spec file from running. */
export interface SourceError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export type RunOutcome = 'passed' | 'failed' | 'error' | 'timeout' | 'cancelled';

export interface TestRun {
  outcome: RunOutcome;
  tests: TestResult[];
  errors: SourceError[];
  /** Plain-language summary for outcomes other than passed/failed ("Stopped after 15 s: ..."). */
  message?: string;
  durationMs: number;
}

export interface RunOptions {
  /** Raw terminal output, ANSI colours included, as it arrives. */
  onOutput?: (chunk: string) => void;
  signal?: AbortSignal;
}

export interface RunningApp {
  /** Base URL the browser can send requests to (same origin for local, the container's URL for webcontainer). */
  baseUrl: string;
}

export interface WorkbookRuntime {
  readonly kind: RuntimeKind;
  /** Lay out (or replace) the lesson's project. Called again by "Reset" and on a lesson switch. */
  prepare(workspace: LessonWorkspace, signal?: AbortSignal): Promise<void>;
  writeFile(path: string, contents: string): Promise<void>;
  runTests(options?: RunOptions): Promise<TestRun>;
  startApp(options?: RunOptions): Promise<RunningApp>;
  dispose(): Promise<void>;
}

/** Why a runtime could not be used; shown to the learner after a fallback. */
export type UnavailableReason =
  'offline' | 'unsupported-browser' | 'not-isolated' | 'boot-timeout' | 'boot-failed' | 'no-local-server';

export class RuntimeUnavailableError extends Error {
  constructor(
    readonly kind: RuntimeKind,
    readonly reason: UnavailableReason,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'RuntimeUnavailableError';
  }
}

// The JSON the workspace reporter (reporter-source.ts) writes. Everything is
// optional on purpose: it comes from another process and may be partial.

export interface RawStackFrame {
  file?: string;
  line?: number;
  column?: number;
}

export interface RawError {
  name?: string;
  message?: string;
  stack?: string;
  expected?: string;
  actual?: string;
  showDiff?: boolean;
  code?: string;
  frame?: string;
  stacks?: RawStackFrame[];
  /** The module Vite failed to transform (syntax errors). */
  sourceId?: string;
  loc?: RawStackFrame;
  /** The spec file that was running when an unhandled error happened. */
  testPath?: string;
}

export interface RawTest {
  name: string;
  state: 'passed' | 'failed' | 'skipped' | 'pending';
  durationMs?: number;
  errors?: RawError[];
}

export interface RawModule {
  moduleId: string;
  state?: string;
  errors?: RawError[];
  tests?: RawTest[];
}

export interface RawReport {
  version: number;
  root: string;
  reason?: 'passed' | 'failed' | 'interrupted';
  durationMs?: number;
  modules: RawModule[];
  unhandledErrors?: RawError[];
}

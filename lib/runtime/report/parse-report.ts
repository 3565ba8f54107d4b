// Turns the workspace reporter's JSON into the TestRun the UI shows. Shared by the
// local and WebContainer runtimes, so it must stay free of Node APIs.
import type { SourceError, TestFailure, TestResult, TestRun } from '../types';
import type { RawError, RawModule, RawReport, RawStackFrame, RawTest } from './raw-report';
import { REPORT_VERSION } from './reporter-source';

// SGR colour codes only: that is all Vitest and Oxc put into messages.
const ANSI = /\u001b\[[0-9;]*m/g;
// Oxc's code frame header: "╭─[ src/app.service.ts:8:3 ]".
const FRAME_LOCATION = /\[\s*[^\]\s]+:(\d+):(\d+)\s*\]/;
// "[PARSE_ERROR] Expected `}` but found `EOF`".
const DIAGNOSTIC_LINE = /^\[([A-Z_]+)\]\s*(.+)$/m;
const PLAIN_ERROR_NAMES = new Set(['Error', 'AssertionError']);

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

function emptyRun(outcome: TestRun['outcome'], message: string): TestRun {
  return { outcome, tests: [], errors: [], message, durationMs: 0 };
}

function readRaw(input: unknown): RawReport | string {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return 'The test report could not be read (it is not valid JSON).';
    }
  }
  const report = value as Partial<RawReport> | null;
  if (!report || typeof report !== 'object' || !Array.isArray(report.modules)) {
    return 'The test report could not be read (unexpected shape).';
  }
  if (report.version !== REPORT_VERSION) {
    return `The test report has version ${String(report.version)}; expected ${REPORT_VERSION}.`;
  }
  return report as RawReport;
}

function relativeTo(root: string, path: string): string {
  const plain = path.startsWith('file://') ? path.slice('file://'.length) : path;
  const base = root.endsWith('/') ? root : `${root}/`;
  return plain.startsWith(base) ? plain.slice(base.length) : plain;
}

function inWorkspace(root: string, frame: RawStackFrame): boolean {
  if (!frame.file) return false;
  const relative = relativeTo(root, frame.file);
  return relative !== frame.file && !relative.split('/').includes('node_modules');
}

/** Where an error points to in the learner's files, as precisely as the error allows. */
function locate(error: RawError, root: string, fallbackFile: string): Omit<SourceError, 'message'> {
  if (error.sourceId) {
    const match = FRAME_LOCATION.exec(stripAnsi(error.message ?? ''));
    const line = match ? Number(match[1]) : error.loc?.line;
    const column = match ? Number(match[2]) : error.loc?.column;
    return { file: relativeTo(root, error.sourceId), line, column };
  }
  const frame = error.stacks?.find((f) => inWorkspace(root, f));
  if (frame?.file) return { file: relativeTo(root, frame.file), line: frame.line, column: frame.column };
  if (error.loc?.file)
    return { file: relativeTo(root, error.loc.file), line: error.loc.line, column: error.loc.column };
  return { file: error.testPath ? relativeTo(root, error.testPath) : fallbackFile };
}

/** A one-paragraph message: no colours, no code frame, paths relative to the workspace. */
function cleanMessage(error: RawError, root: string): string {
  const text = stripAnsi(error.message ?? '').replaceAll(`${root}/`, '');
  if (text.startsWith('Transform failed')) {
    const diagnostic = DIAGNOSTIC_LINE.exec(text);
    if (diagnostic) return diagnostic[1] === 'PARSE_ERROR' ? `Syntax error: ${diagnostic[2]}` : diagnostic[2];
  }
  const trimmed = text.trim() || 'Unknown error';
  const named = error.name && !PLAIN_ERROR_NAMES.has(error.name) ? `${error.name}: ${trimmed}` : trimmed;
  return named;
}

function toSourceError(error: RawError, root: string, fallbackFile: string): SourceError {
  return { ...locate(error, root, fallbackFile), message: cleanMessage(error, root) };
}

function toFailure(errors: RawError[], root: string): TestFailure | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const failure: TestFailure = { message: cleanMessage(first, root) };
  if (first.showDiff && first.expected !== undefined && first.actual !== undefined) {
    failure.expected = first.expected;
    failure.received = first.actual;
  }
  return failure;
}

function toTestResult(test: RawTest, file: string, root: string): TestResult {
  const status = test.state === 'passed' || test.state === 'failed' ? test.state : 'skipped';
  const result: TestResult = { name: test.name, file, status, durationMs: Math.round(test.durationMs ?? 0) };
  const failure = status === 'failed' ? toFailure(test.errors ?? [], root) : undefined;
  if (failure) result.failure = failure;
  else if (status === 'failed') result.failure = { message: 'The test failed without an error message.' };
  return result;
}

function moduleResults(module: RawModule, root: string) {
  const file = relativeTo(root, module.moduleId);
  return {
    tests: (module.tests ?? []).map((test) => toTestResult(test, file, root)),
    errors: (module.errors ?? []).map((error) => toSourceError(error, root, file)),
  };
}

function errorSummary(errors: SourceError[]): string {
  const [first] = errors;
  const where = first.line ? `${first.file}:${first.line}` : first.file;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `The tests could not run: ${where || 'the project'} has an error${more}. ${first.message}`;
}

/** Reads the reporter's JSON (text or parsed) into a TestRun. Never throws. */
export function parseReport(input: unknown): TestRun {
  const report = readRaw(input);
  if (typeof report === 'string') return emptyRun('error', report);
  const parts = report.modules.map((module) => moduleResults(module, report.root));
  const tests = parts.flatMap((part) => part.tests);
  const errors = [
    ...parts.flatMap((part) => part.errors),
    ...(report.unhandledErrors ?? []).map((error) => toSourceError(error, report.root, '')),
  ];
  const durationMs = Math.round(report.durationMs ?? 0);
  if (errors.length > 0) return { outcome: 'error', tests, errors, message: errorSummary(errors), durationMs };
  if (report.reason === 'interrupted') {
    return { outcome: 'cancelled', tests, errors, message: 'The test run was interrupted.', durationMs };
  }
  if (report.modules.length === 0) {
    return { outcome: 'error', tests, errors, message: 'Vitest found no test files to run.', durationMs };
  }
  const failed = tests.some((test) => test.status === 'failed');
  return { outcome: failed ? 'failed' : 'passed', tests, errors, durationMs };
}

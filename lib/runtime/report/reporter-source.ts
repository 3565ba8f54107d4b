// The Vitest reporter both runtimes install in every workspace. It is plain ESM
// JavaScript kept as a string so browser code (the WebContainer runtime) can write
// it into a container without a build step, and the local server can write it to disk.
//
// It records what Vitest knows, close to raw (names, states, serialized errors);
// parseReport() turns that into a TestRun. Keep the interpretation there, not here:
// the string cannot be type-checked or unit-tested on its own.

/** Where the reporter lives inside a workspace. */
export const REPORTER_PATH = '.workbook/reporter.mjs';

/** Where the reporter writes its JSON, relative to the Vitest root (the workspace). */
export const REPORT_PATH = '.workbook/report.json';

/** The exact test command (after `npx`) both runtimes run: the usual output plus our JSON. */
export const TEST_ARGS = ['vitest', 'run', '--reporter=default', `--reporter=./${REPORTER_PATH}`] as const;

/** Bumped when the JSON shape changes; parseReport() refuses other versions. */
export const REPORT_VERSION = 1;

export const REPORTER_SOURCE = `// Written by Nest Workbook. Records each test's result in ${REPORT_PATH}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const REPORT_FILE = '${REPORT_PATH}';
const ERROR_FIELDS = ['name', 'message', 'stack', 'expected', 'actual', 'showDiff', 'code', 'frame'];

function plainError(error) {
  if (!error || typeof error !== 'object') return { message: String(error) };
  const plain = {};
  for (const field of ERROR_FIELDS) {
    const value = error[field];
    if (typeof value === 'string' || typeof value === 'boolean') plain[field] = value;
  }
  if (Array.isArray(error.stacks)) {
    plain.stacks = error.stacks.map((f) => ({ file: f.file, line: f.line, column: f.column }));
  }
  const rollup = error.__vitest_rollup_error__;
  if (rollup && typeof rollup.id === 'string') plain.sourceId = rollup.id;
  if (typeof error.VITEST_TEST_PATH === 'string') plain.testPath = error.VITEST_TEST_PATH;
  if (error.loc && typeof error.loc.line === 'number') {
    plain.loc = { file: error.loc.file, line: error.loc.line, column: error.loc.column };
  }
  return plain;
}

function testEntry(test) {
  const result = test.result();
  return {
    name: test.fullName,
    state: result.state,
    durationMs: test.diagnostic()?.duration ?? 0,
    errors: (result.errors ?? []).map(plainError),
  };
}

function moduleEntry(testModule) {
  const errors = testModule.errors().map(plainError);
  for (const suite of testModule.children.allSuites()) errors.push(...suite.errors().map(plainError));
  return {
    moduleId: testModule.moduleId,
    state: testModule.state(),
    errors,
    tests: Array.from(testModule.children.allTests(), testEntry),
  };
}

export default class WorkbookReporter {
  onInit(vitest) {
    this.root = vitest.config.root;
    this.startedAt = Date.now();
  }

  onTestRunStart() {
    this.startedAt = Date.now();
  }

  onTestRunEnd(testModules, unhandledErrors, reason) {
    const report = {
      version: ${REPORT_VERSION},
      root: this.root,
      reason,
      durationMs: Date.now() - this.startedAt,
      modules: testModules.map(moduleEntry),
      unhandledErrors: unhandledErrors.map(plainError),
    };
    const file = resolve(this.root, REPORT_FILE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(report));
  }
}
`;

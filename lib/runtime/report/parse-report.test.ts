// The reporter and parseReport against real `vitest run` executions of the
// starter, run with the exact arguments both runtimes use (TEST_ARGS).
// Slow-ish (two real Vitest runs, ~3 s each on 2 cores).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../local/server/test-support';
import { createWorkspace } from '../local/server/workspace';
import type { TestRun } from '../types';
import { parseReport } from './parse-report';
import { REPORT_PATH, TEST_ARGS } from './reporter-source';

const run = promisify(execFile);
const STARTER = join(PROJECT_ROOT, 'starters', 'nest');

const LESSON_FILES = {
  'src/math.spec.ts': `
describe('Math', () => {
  describe('add', () => {
    it('adds', () => { expect(1 + 1).toBe(2); });
    it('compares strings', () => { expect('Hello World?').toBe('Hello World!'); });
    it('compares objects', () => { expect({ total: 3 }).toEqual({ total: 4 }); });
  });
  it('throws', () => { throw new TypeError('total is not a function'); });
  it.skip('is skipped', () => {});
});
`,
  'src/broken.ts': 'export function broken() {\n  return 1;\n',
  'src/broken.spec.ts': "import { broken } from './broken.js';\nit('runs', () => expect(broken()).toBe(1));\n",
  'src/missing.spec.ts': "import { gone } from './gone.js';\nit('runs', () => expect(gone).toBeDefined());\n",
};

async function vitestRun(workspace: string, extraArgs: string[] = []): Promise<TestRun> {
  const [, ...args] = TEST_ARGS;
  const bin = join(workspace, 'node_modules', 'vitest', 'vitest.mjs');
  await run(process.execPath, [bin, ...args, ...extraArgs], {
    cwd: workspace,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', CI: '1', FORCE_COLOR: '1' },
  }).catch(() => undefined); // failing tests exit non-zero; the report is what we check
  return parseReport(readFileSync(join(workspace, REPORT_PATH), 'utf8'));
}

describe('parseReport on real Vitest runs', { timeout: 60_000 }, () => {
  let workspace: string;
  let result: TestRun;

  beforeAll(async () => {
    workspace = join(mkdtempSync(join(tmpdir(), 'report-test-')), 'ws');
    await createWorkspace(workspace, STARTER, LESSON_FILES);
    result = await vitestRun(workspace);
  }, 60_000);

  afterAll(() => rmSync(dirname(workspace), { recursive: true, force: true }));

  const test = (name: string) => result.tests.find((t) => t.name === name);

  it('is an error run because two spec files could not load', () => {
    expect(result.outcome).toBe('error');
    expect(result.message).toMatch(/^The tests could not run: src\/broken\.ts:2 has an error \(and 1 more\)/);
  });

  it('names tests like Vitest fullName, with the spec file', () => {
    expect(test('Math > add > adds')).toMatchObject({ file: 'src/math.spec.ts', status: 'passed' });
    expect(test('AppController > root > should return "Hello World!"')?.status).toBe('passed');
    expect(test('Math > is skipped')?.status).toBe('skipped');
  });

  it('keeps expected and received of a failed assertion', () => {
    expect(test('Math > add > compares strings')).toMatchObject({
      status: 'failed',
      failure: {
        message: expect.stringContaining("expected 'Hello World?' to be 'Hello World!'"),
        expected: 'Hello World!',
        received: 'Hello World?',
      },
    });
    const objects = test('Math > add > compares objects')?.failure;
    expect(objects?.expected).toContain('"total": 4');
    expect(objects?.received).toContain('"total": 3');
  });

  it('reports a thrown error with its type and no diff', () => {
    expect(test('Math > throws')?.failure).toEqual({ message: 'TypeError: total is not a function' });
  });

  it('points a syntax error at the broken file and line', () => {
    expect(result.errors).toContainEqual({
      file: 'src/broken.ts',
      line: 2, // Oxc reports the end of the last line
      column: expect.any(Number),
      message: 'Syntax error: Expected `}` but found `EOF`',
    });
  });

  it('points a missing import at the importing line', () => {
    expect(result.errors).toContainEqual({
      file: 'src/missing.spec.ts',
      line: 1,
      column: 1,
      message: "Cannot find module './gone.js' imported from src/missing.spec.ts",
    });
  });

  it('says so when no test file matches', async () => {
    const none = await vitestRun(workspace, ['no-such-spec']);
    expect(none).toMatchObject({ outcome: 'error', tests: [], message: 'Vitest found no test files to run.' });
  });
});

describe('parseReport on bad input', () => {
  it('turns unreadable JSON into an error run instead of throwing', () => {
    expect(parseReport('{"version":')).toMatchObject({
      outcome: 'error',
      tests: [],
      message: expect.stringContaining('not valid JSON'),
    });
  });

  it('refuses a report of another version', () => {
    expect(parseReport({ version: 99, root: '/', modules: [] }).message).toContain('version 99');
  });

  it('marks a failed run with only passing and failing tests as failed', () => {
    const run = parseReport({
      version: 1,
      root: '/ws',
      modules: [{ moduleId: '/ws/src/a.spec.ts', tests: [{ name: 'a', state: 'failed', errors: [] }] }],
    });
    expect(run.outcome).toBe('failed');
    expect(run.tests[0]).toMatchObject({
      file: 'src/a.spec.ts',
      failure: { message: 'The test failed without an error message.' },
    });
  });
});

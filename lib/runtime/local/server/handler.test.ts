// The runtime API over real HTTP, with real workspaces and a real warm Vitest.
// Slow-ish: one session (Vitest start ≈ 1.5 s) reused by the tests in order.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, putFile, runTests, startTestServer, testConfig, type TestServer } from './test-support';

const SECRET = 'server-only-secret-4f1c';

describe('runtime API', { timeout: 30_000 }, () => {
  let server: TestServer;
  let id: string;

  beforeAll(async () => {
    process.env.WORKBOOK_TEST_SECRET = SECRET;
    server = await startTestServer(testConfig());
    id = await createSession(server.base, {
      'src/counter.ts': 'let count = 0;\nexport function next(): number {\n  count += 1;\n  return count;\n}\n',
      'src/counter.spec.ts':
        "import { next } from './counter.js';\nit('starts at one', () => { expect(next()).toBe(1); });\n",
    });
  }, 30_000);

  afterAll(async () => {
    delete process.env.WORKBOOK_TEST_SECRET;
    await server.close();
  });

  const workspace = () => join(server.handler.sessions!.config.workspacesDir, id);

  it('reports health', async () => {
    expect(await (await fetch(`${server.base}/health`)).json()).toEqual({ local: true, mode: 'auto' });
  });

  it('lays out the workspace: starter files, lesson files, linked node_modules, reporter', () => {
    expect(readFileSync(join(workspace(), 'src/app.service.ts'), 'utf8')).toContain('Hello World!');
    expect(existsSync(join(workspace(), 'src/counter.ts'))).toBe(true);
    expect(lstatSync(join(workspace(), 'node_modules')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(workspace(), '.workbook/reporter.mjs'))).toBe(true);
  });

  it('runs the tests and streams Vitest output', async () => {
    const { run, output } = await runTests(server.base, id);
    expect(run.outcome).toBe('passed');
    expect(run.tests.map((t) => t.name).sort()).toEqual([
      'AppController > root > should return "Hello World!"',
      'starts at one',
    ]);
    expect(output).toContain('Test Files');
  });

  it('re-creates module-level state on every run', async () => {
    // Same counter test again: a leaked `count` would make next() return 2.
    const { run } = await runTests(server.base, id);
    expect(run.outcome).toBe('passed');
  });

  it('reruns with an edit and shows the new result', async () => {
    const edited = readFileSync(join(workspace(), 'src/app.service.ts'), 'utf8').replace('Hello World!', 'Hello Nest!');
    expect((await putFile(server.base, id, 'src/app.service.ts', edited)).status).toBe(204);
    const { run } = await runTests(server.base, id);
    expect(run.outcome).toBe('failed');
    expect(run.tests.find((t) => t.status === 'failed')?.failure).toMatchObject({
      expected: 'Hello World!',
      received: 'Hello Nest!',
    });
  });

  it('turns a syntax error into a source error with file and line', async () => {
    await putFile(
      server.base,
      id,
      'src/app.service.ts',
      "export class AppService {\n  getHello() {\n    return 'x';\n",
    );
    const { run } = await runTests(server.base, id);
    expect(run.outcome).toBe('error');
    expect(run.errors[0]).toMatchObject({
      file: 'src/app.service.ts',
      line: expect.any(Number),
      message: expect.stringContaining('Syntax error'),
    });
  });

  it('reports a missing import, then finds the file once it is written', async () => {
    await putFile(
      server.base,
      id,
      'src/app.service.ts',
      "import { greeting } from './greeting.js';\nexport class AppService {\n  getHello() {\n    return greeting;\n  }\n}\n",
    );
    const missing = await runTests(server.base, id);
    expect(missing.run.outcome).toBe('error');
    expect(missing.run.errors[0]).toMatchObject({
      file: 'src/app.service.ts',
      line: 1,
      message: expect.stringContaining("Cannot find module './greeting.js'"),
    });

    await putFile(server.base, id, 'src/greeting.ts', "export const greeting = 'Hello World!';\n");
    const fixed = await runTests(server.base, id);
    expect(fixed.run.outcome).toBe('passed');
  });

  it("hides the server's environment from learner code", async () => {
    await putFile(
      server.base,
      id,
      'src/env.spec.ts',
      "it('sees a clean env', () => {\n  console.log('ENV', JSON.stringify(process.env));\n  expect(process.env.WORKBOOK_TEST_SECRET).toBeUndefined();\n  expect(process.env.HOME).toBe(process.cwd());\n});\n",
    );
    const { run, output } = await runTests(server.base, id);
    expect(run.tests.find((t) => t.name === 'sees a clean env')?.status).toBe('passed');
    expect(output).toContain('ENV');
    expect(output).not.toContain(SECRET);
  });

  it.each([
    ['../escape.ts', 'leaves the project folder'],
    ['/tmp/escape.ts', 'relative'],
    ['src\\escape.ts', 'forward slashes'],
    ['node_modules/vitest/index.js', 'node_modules'],
    ['.workbook/reporter.mjs', '.workbook'],
  ])('refuses to write %j (400)', async (path, why) => {
    const response = await putFile(server.base, id, path, 'x');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(why);
  });

  it('refuses a new session with an escaping path, writing nothing', async () => {
    const response = await fetch(`${server.base}/sessions`, {
      method: 'POST',
      body: JSON.stringify({ lessonId: 'x', starter: 'nest', files: { 'src/ok.ts': '', '../../evil.ts': '' } }),
    });
    expect(response.status).toBe(400);
    expect(server.handler.sessions!.size).toBe(1);
  });

  it('refuses an unknown starter, naming the real ones', async () => {
    const response = await fetch(`${server.base}/sessions`, {
      method: 'POST',
      body: JSON.stringify({ lessonId: 'x', starter: '../nest', files: {} }),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: string };
    expect(error).toMatch(/^Unknown starter "\.\.\/nest"\. Available: .*\bnest\b/);
  });

  it('refuses a body over the size limit (413)', async () => {
    const response = await putFile(server.base, id, 'src/big.ts', 'x'.repeat(6 * 1024 * 1024));
    expect(response.status).toBe(413);
  });

  it('answers 404 for an unknown session', async () => {
    const response = await fetch(`${server.base}/sessions/nope/test`, { method: 'POST' });
    expect(response.status).toBe(404);
  });

  it('deletes a session with its folder', async () => {
    const dir = workspace();
    expect((await fetch(`${server.base}/sessions/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('runtime API with WORKBOOK_RUNTIME=webcontainer', () => {
  it('offers no local runtime', async () => {
    const server = await startTestServer(testConfig({ mode: 'webcontainer' }));
    try {
      expect(await (await fetch(`${server.base}/health`)).json()).toEqual({ local: false, mode: 'webcontainer' });
      const response = await fetch(`${server.base}/sessions`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(409);
      expect(((await response.json()) as { error: string }).error).toContain('WORKBOOK_RUNTIME=webcontainer');
    } finally {
      await server.close();
    }
  });
});

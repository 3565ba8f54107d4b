// The browser client against a real runtime server (real Vitest, real Nest app).
// Slow-ish (≈ 5 s): Vitest starts twice. startApp is covered in server/app-runner.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonWorkspace, WorkbookRuntime } from '../types';
import { checkLocalRuntime, createLocalRuntime } from './client';
import { PROJECT_ROOT, startTestServer, testConfig, type TestServer } from './server/test-support';

function starterFiles(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, starterFiles(dir, path));
    else files[path] = readFileSync(join(dir, path), 'utf8');
  }
  return files;
}

const lesson: LessonWorkspace = {
  lessonId: 'foundations/hello',
  starter: 'nest',
  files: starterFiles(join(PROJECT_ROOT, 'starters', 'nest'), 'src'),
};

describe('createLocalRuntime', { timeout: 60_000 }, () => {
  let server: TestServer;
  let origin: string;
  let runtime: WorkbookRuntime;

  beforeAll(async () => {
    server = await startTestServer(testConfig());
    origin = new URL(server.base).origin;
    runtime = createLocalRuntime({ origin });
    await runtime.prepare(lesson);
  }, 30_000);

  afterAll(async () => {
    await runtime.dispose();
    await server.close();
  });

  it('finds the server with checkLocalRuntime, and nothing where none runs', async () => {
    expect(await checkLocalRuntime(origin)).toEqual({ local: true, mode: 'auto' });
    expect(await checkLocalRuntime('http://127.0.0.1:9')).toBeNull();
  });

  it('runs the tests, streaming output', async () => {
    let output = '';
    const run = await runtime.runTests({ onOutput: (chunk) => (output += chunk) });
    expect(run.outcome).toBe('passed');
    expect(output).toContain('src/app.controller.spec.ts');
  });

  it('reruns after writeFile with the edit applied', async () => {
    await runtime.writeFile(
      'src/app.service.ts',
      lesson.files['src/app.service.ts'].replace('Hello World!', 'Bonjour!'),
    );
    const run = await runtime.runTests();
    expect(run.outcome).toBe('failed');
    expect(run.tests[0].failure?.received).toBe('Bonjour!');
    await runtime.writeFile('src/app.service.ts', lesson.files['src/app.service.ts']);
  });

  it("throws the server's message for a refused write", async () => {
    await expect(runtime.writeFile('../outside.ts', 'x')).rejects.toThrow(
      'Refused path "../outside.ts": it leaves the project folder.',
    );
  });

  it('resolves a run as cancelled when aborted', async () => {
    await runtime.writeFile('src/loop.spec.ts', "it('loops', () => { while (true) {} });\n");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    expect((await runtime.runTests({ signal: controller.signal })).outcome).toBe('cancelled');
    await runtime.writeFile('src/loop.spec.ts', "it('is fine', () => {});\n");
  });

  it('rebuilds a session the server dropped, keeping the writes', async () => {
    await server.handler.sessions!.sweep(Date.now() + 365 * 24 * 3600_000);
    expect(server.handler.sessions!.size).toBe(0);
    const run = await runtime.runTests();
    expect(run.outcome).toBe('passed');
    expect(run.tests.map((t) => t.name)).toContain('is fine');
  });
});

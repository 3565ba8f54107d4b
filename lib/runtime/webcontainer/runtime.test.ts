import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORTER_PATH, REPORT_PATH, REPORT_VERSION, TEST_ARGS, type RawReport } from '../report';
import type { LessonWorkspace } from '../types';
import { FakeWebContainer, type FakeProcessIo } from './fake-webcontainer';
import { WebContainerRuntime } from './runtime';

const LOCK = '{"lockfileVersion":3}';

function workspace(files: Record<string, string>, starter = 'nest'): LessonWorkspace {
  return { lessonId: 'basics/providers', starter, files: { 'package.json': '{"name":"starter"}', ...files } };
}

function report(tests: { name: string; state: 'passed' | 'failed' }[]): string {
  const raw: RawReport = {
    version: REPORT_VERSION,
    root: '/home/workbook',
    reason: tests.some((t) => t.state === 'failed') ? 'failed' : 'passed',
    durationMs: 12,
    modules: [{ moduleId: '/home/workbook/src/app.spec.ts', tests: tests.map((t) => ({ ...t, durationMs: 1 })) }],
  };
  return JSON.stringify(raw);
}

function setup(options: { testTimeoutMs?: number } = {}) {
  const container = new FakeWebContainer().handle('npm install', (io) => (io.write('added 250 packages\n'), 0));
  const fetchText = vi.fn(async (url: string) => (url.endsWith('/nest/package-lock.json') ? LOCK : 'other-lock'));
  const log: string[] = [];
  const runtime = new WebContainerRuntime({ container, fetchText, onLog: (c) => log.push(c), ...options });
  return { container, runtime, fetchText, log };
}

const installs = (c: FakeWebContainer) =>
  c.spawned.filter((s) => s.command === 'npm' && s.args[0] === 'install').length;

afterEach(() => vi.useRealTimers());

describe('WebContainerRuntime.prepare', () => {
  it('mounts the lesson files, the starter lockfile and the reporter, then installs', async () => {
    const { container, runtime, fetchText, log } = setup();
    await runtime.prepare(workspace({ 'src/app.service.ts': 'export class AppService {}' }));
    expect(container.files.get('src/app.service.ts')).toBe('export class AppService {}');
    expect(container.files.get('package-lock.json')).toBe(LOCK);
    expect(container.files.get(REPORTER_PATH)).toContain('WorkbookReporter');
    expect(fetchText).toHaveBeenCalledWith('/generated/starters/nest/package-lock.json');
    expect(installs(container)).toBe(1);
    // No native addon loads in a WebContainer: the wasm32 builds must be installed.
    expect(container.spawned[0].args).toContain('--cpu=wasm32');
    expect(log.join('')).toContain('added 250 packages');
  });

  it('reuses node_modules on a lesson switch with the same starter, removing the old lesson files', async () => {
    const { container, runtime } = setup();
    await runtime.prepare(workspace({ 'src/old.ts': 'old' }));
    container.files.set('node_modules/@nestjs/common/index.js', 'installed');
    await runtime.prepare(workspace({ 'src/new.ts': 'new' }));
    expect(installs(container)).toBe(1);
    expect(container.files.has('src/old.ts')).toBe(false);
    expect(container.files.get('src/new.ts')).toBe('new');
    expect(container.files.has('node_modules/@nestjs/common/index.js')).toBe(true);
  });

  it('reinstalls from scratch for another starter', async () => {
    const { container, runtime } = setup();
    await runtime.prepare(workspace({}));
    container.files.set('node_modules/left-over/index.js', 'x');
    await runtime.prepare(workspace({}, 'nest-prisma'));
    expect(installs(container)).toBe(2);
    expect(container.files.has('node_modules/left-over/index.js')).toBe(false);
    expect(container.files.get('package-lock.json')).toBe('other-lock');
  });

  it('says so when npm install fails', async () => {
    const { container, runtime } = setup();
    container.handle('npm install', () => 1);
    await expect(runtime.prepare(workspace({}))).rejects.toThrow(/npm install failed \(exit code 1\)/);
  });

  it('refuses a path outside the project', async () => {
    const { runtime } = setup();
    await expect(runtime.prepare(workspace({ '../etc/passwd': 'x' }))).rejects.toThrow(/not a path inside the project/);
  });
});

describe('WebContainerRuntime.runTests', () => {
  it('runs the shared test command, streams output and parses the report', async () => {
    const { container, runtime } = setup();
    container.handle('npx vitest', (io: FakeProcessIo) => {
      io.write('RUN v4\n');
      io.files.set(
        REPORT_PATH,
        report([
          { name: 'AppService > greets', state: 'passed' },
          { name: 'AppService > counts', state: 'failed' },
        ]),
      );
      return 1;
    });
    await runtime.prepare(workspace({}));
    const output: string[] = [];
    const run = await runtime.runTests({ onOutput: (c) => output.push(c) });
    expect(container.spawned.at(-1)).toEqual({
      command: 'npx',
      args: [...TEST_ARGS],
      env: { NAPI_RS_FORCE_WASI: 'true' },
    });
    expect(output.join('')).toContain('RUN v4');
    expect(run.outcome).toBe('failed');
    expect(run.tests.map((t) => [t.name, t.status, t.file])).toEqual([
      ['AppService > greets', 'passed', 'src/app.spec.ts'],
      ['AppService > counts', 'failed', 'src/app.spec.ts'],
    ]);
  });

  it('sees edits made with writeFile', async () => {
    const { container, runtime } = setup();
    await runtime.prepare(workspace({ 'src/app.ts': 'v1' }));
    await runtime.writeFile('src/users/users.service.ts', 'v2');
    expect(container.files.get('src/users/users.service.ts')).toBe('v2');
  });

  it('does not show a stale report when Vitest crashes before writing one', async () => {
    const { container, runtime } = setup();
    container.handle('npx vitest', (io) => (io.write('Error: Cannot find module vitest\n'), 1));
    await runtime.prepare(workspace({}));
    container.files.set(REPORT_PATH, report([{ name: 'old run', state: 'passed' }]));
    const run = await runtime.runTests();
    expect(run.outcome).toBe('error');
    expect(run.message).toMatch(/exited with code 1 before reporting/);
    expect(run.tests).toEqual([]);
  });

  it('kills the run when cancelled', async () => {
    const { container, runtime } = setup();
    container.handle('npx vitest', async (io) => (await io.killed, 143));
    await runtime.prepare(workspace({}));
    const controller = new AbortController();
    const running = runtime.runTests({ signal: controller.signal });
    controller.abort();
    await expect(running).resolves.toMatchObject({ outcome: 'cancelled' });
  });

  it('stops a run that never finishes with a timeout outcome', async () => {
    const { container, runtime } = setup({ testTimeoutMs: 3000 });
    let killed = false;
    container.handle('npx vitest', async (io) => (await io.killed, (killed = true), 143));
    await runtime.prepare(workspace({}));
    vi.useFakeTimers();
    const running = runtime.runTests();
    await vi.advanceTimersByTimeAsync(3000);
    await expect(running).resolves.toMatchObject({ outcome: 'timeout', message: expect.stringContaining('3 s') });
    expect(killed).toBe(true);
  });
});

describe('WebContainerRuntime.startApp and dispose', () => {
  it('starts the app with npm run start and resolves with the server-ready URL', async () => {
    const { container, runtime } = setup();
    container.handle('npm run start', async (io) => {
      io.write('Nest application successfully started\n');
      io.serverReady(3000, 'https://abc.webcontainer.io');
      await io.killed;
      return 143;
    });
    await runtime.prepare(workspace({}));
    await expect(runtime.startApp()).resolves.toEqual({ baseUrl: 'https://abc.webcontainer.io' });
  });

  it('reports an app that crashes before listening', async () => {
    const { container, runtime } = setup();
    container.handle('npm run start', (io) => (io.write("Nest can't resolve dependencies\n"), 1));
    await runtime.prepare(workspace({}));
    await expect(runtime.startApp()).rejects.toThrow(/app stopped \(exit code 1\)/);
  });

  it('tears the container down on dispose', async () => {
    const { container, runtime } = setup();
    await runtime.dispose();
    expect(container.tornDown).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { NoRuntimeError, startRuntime, type RuntimeDeps } from './load-runtime';
import type { HealthResponse } from './local/protocol';
import { RuntimeUnavailableError, type RuntimeKind, type WorkbookRuntime } from './types';

function fakeRuntime(kind: RuntimeKind): WorkbookRuntime {
  return {
    kind,
    prepare: async () => {},
    writeFile: async () => {},
    runTests: async () => ({ outcome: 'passed', tests: [], errors: [], durationMs: 0 }),
    startApp: async () => ({ baseUrl: '/' }),
    dispose: async () => {},
  };
}

function deps(health: HealthResponse | null, failures: Partial<Record<RuntimeKind, unknown>> = {}): RuntimeDeps {
  const create = (kind: RuntimeKind) =>
    vi.fn(async () => {
      if (kind in failures) throw failures[kind];
      return fakeRuntime(kind);
    });
  return { fetchHealth: async () => health, create: { local: create('local'), webcontainer: create('webcontainer') } };
}

describe('startRuntime', () => {
  it('starts the local runtime when the server offers it, without booting a WebContainer', async () => {
    const d = deps({ mode: 'auto', local: true });
    const loaded = await startRuntime(d);
    expect(loaded.runtime.kind).toBe('local');
    expect(loaded.fallbacks).toEqual([]);
    expect(d.create.webcontainer).not.toHaveBeenCalled();
  });

  it('falls back to local when a forced WebContainer cannot boot, and says why', async () => {
    const d = deps(
      { mode: 'webcontainer', local: true },
      { webcontainer: new RuntimeUnavailableError('webcontainer', 'not-isolated') },
    );
    const loaded = await startRuntime(d);
    expect(loaded.runtime.kind).toBe('local');
    expect(loaded.fallbacks).toEqual([
      {
        kind: 'webcontainer',
        reason: 'not-isolated',
        message: expect.stringMatching(/^WebContainer runtime is unavailable: this page is not cross-origin isolated/),
      },
    ]);
  });

  it('without a server, fails with the reason when the WebContainer cannot boot', async () => {
    const d = deps(null, {
      webcontainer: new RuntimeUnavailableError('webcontainer', 'offline', 'The browser is offline.'),
    });
    const failure = await startRuntime(d).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NoRuntimeError);
    expect((failure as NoRuntimeError).fallbacks.map((f) => f.reason)).toEqual(['offline']);
    expect((failure as NoRuntimeError).message).toMatch(/you are offline.*\(The browser is offline\.\)/);
    expect(d.create.local).not.toHaveBeenCalled();
  });

  it('treats an unexpected local failure as "no local server" and an unexpected boot failure as "boot failed"', async () => {
    const d = deps(
      { mode: 'auto', local: true },
      { local: new TypeError('Failed to fetch'), webcontainer: new Error('boom') },
    );
    const failure = (await startRuntime(d).catch((e: unknown) => e)) as NoRuntimeError;
    expect(failure.fallbacks.map((f) => [f.kind, f.reason])).toEqual([
      ['local', 'no-local-server'],
      ['webcontainer', 'boot-failed'],
    ]);
  });
});

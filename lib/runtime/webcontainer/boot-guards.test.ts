import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuntimeUnavailableError } from '../types';
import { bootWithGuards, checkBootEnvironment, readBootEnvironment, type BootEnvironment } from './boot-guards';

const ready: BootEnvironment = { crossOriginIsolated: true, hasSharedArrayBuffer: true, online: true };

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof RuntimeUnavailableError ? error.reason : 'not a RuntimeUnavailableError';
  }
  return undefined;
}

describe('checkBootEnvironment', () => {
  it('passes an isolated, online page with SharedArrayBuffer', () => {
    expect(reasonOf(() => checkBootEnvironment(ready))).toBeUndefined();
  });

  it('names each blocker', () => {
    expect(reasonOf(() => checkBootEnvironment({ ...ready, crossOriginIsolated: false }))).toBe('not-isolated');
    expect(reasonOf(() => checkBootEnvironment({ ...ready, crossOriginIsolated: undefined }))).toBe(
      'unsupported-browser',
    );
    expect(reasonOf(() => checkBootEnvironment({ ...ready, hasSharedArrayBuffer: false }))).toBe('unsupported-browser');
    expect(reasonOf(() => checkBootEnvironment({ ...ready, online: false }))).toBe('offline');
  });
});

describe('readBootEnvironment', () => {
  it('reads the flags from a window-like scope', () => {
    const scope = { crossOriginIsolated: false, SharedArrayBuffer, navigator: { onLine: false } };
    expect(readBootEnvironment(scope as unknown as typeof globalThis)).toEqual({
      crossOriginIsolated: false,
      hasSharedArrayBuffer: true,
      online: false,
    });
  });
});

describe('bootWithGuards', () => {
  afterEach(() => vi.useRealTimers());

  const container = () => ({ teardown: vi.fn() });

  it('returns the booted instance', async () => {
    const instance = container();
    await expect(bootWithGuards(async () => instance, { env: ready })).resolves.toBe(instance);
  });

  it('does not even try to boot on a page that is not isolated', async () => {
    const boot = vi.fn(async () => container());
    await expect(bootWithGuards(boot, { env: { ...ready, crossOriginIsolated: false } })).rejects.toMatchObject({
      reason: 'not-isolated',
    });
    expect(boot).not.toHaveBeenCalled();
  });

  it("turns a thrown boot into 'boot-failed' with the cause", async () => {
    const failing = bootWithGuards(async () => Promise.reject(new Error('iframe blocked')), { env: ready });
    await expect(failing).rejects.toMatchObject({
      reason: 'boot-failed',
      message: expect.stringContaining('iframe blocked'),
    });
  });

  it("gives up after the timeout with 'boot-timeout' and tears down a late boot", async () => {
    vi.useFakeTimers();
    const late = container();
    let finish: (value: typeof late) => void = () => {};
    const booting = bootWithGuards(() => new Promise<typeof late>((resolve) => (finish = resolve)), {
      env: ready,
      timeoutMs: 5000,
    });
    const outcome = expect(booting).rejects.toMatchObject({
      reason: 'boot-timeout',
      message: expect.stringContaining('5 s'),
    });
    await vi.advanceTimersByTimeAsync(5000);
    await outcome;
    finish(late);
    await vi.runAllTimersAsync();
    expect(late.teardown).toHaveBeenCalledOnce();
  });
});

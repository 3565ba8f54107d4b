import { existsSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpError } from './http-utils';
import { SessionStore } from './sessions';
import { testConfig } from './test-support';

describe('SessionStore idle cleanup', { timeout: 30_000 }, () => {
  const store = new SessionStore(testConfig({ idleMs: 60_000 }));
  afterAll(async () => {
    await store.disposeAll();
    rmSync(store.config.workspacesDir, { recursive: true, force: true });
  });

  it('removes an idle session with its folder and its test process', async () => {
    const session = await store.create({ lessonId: 'x', starter: 'nest', files: {} });
    const pid = session.tests.hostPid;
    expect(pid).toBeTypeOf('number');
    expect(existsSync(session.dir)).toBe(true);

    expect(await store.sweep(Date.now() + 30_000)).toEqual([]); // not idle long enough
    expect(await store.sweep(Date.now() + 61_000)).toEqual([session.id]);

    expect(existsSync(session.dir)).toBe(false);
    expect(() => process.kill(pid!, 0)).toThrow();
    expect(() => store.get(session.id)).toThrow(HttpError);
  });

  it('keeps a session that was used recently', async () => {
    const session = await store.create({ lessonId: 'x', starter: 'nest', files: {} });
    session.lastUsed = Date.now() - 59_000;
    store.get(session.id); // a request marks it used
    expect(await store.sweep(Date.now() + 30_000)).toEqual([]);
    expect(existsSync(session.dir)).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileSync } from './file-sync';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FileSync', () => {
  it('waits for a pause in typing, then writes only the latest contents', async () => {
    const write = vi.fn(async () => {});
    const sync = new FileSync(write, 300);
    sync.schedule('src/a.ts', 'a');
    await vi.advanceTimersByTimeAsync(200);
    sync.schedule('src/a.ts', 'ab');
    await vi.advanceTimersByTimeAsync(200);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(write.mock.calls).toEqual([['src/a.ts', 'ab']]);
  });

  it('flush writes pending edits at once (before a run)', async () => {
    const write = vi.fn(async () => {});
    const sync = new FileSync(write, 300);
    sync.schedule('src/a.ts', 'a');
    sync.schedule('src/b.ts', 'b');
    await sync.flush();
    expect(write.mock.calls).toEqual([
      ['src/a.ts', 'a'],
      ['src/b.ts', 'b'],
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed write pending and retries it on the next flush', async () => {
    const write = vi.fn().mockRejectedValueOnce(new Error('server down')).mockResolvedValue(undefined);
    const sync = new FileSync(write, 300);
    sync.schedule('src/a.ts', 'a');
    await expect(sync.flush()).rejects.toThrow('server down');
    await sync.flush();
    expect(write.mock.calls).toEqual([
      ['src/a.ts', 'a'],
      ['src/a.ts', 'a'],
    ]);
  });

  it('clear drops pending edits', async () => {
    const write = vi.fn(async () => {});
    const sync = new FileSync(write, 300);
    sync.schedule('src/a.ts', 'a');
    sync.clear();
    await vi.advanceTimersByTimeAsync(1000);
    await sync.flush();
    expect(write).not.toHaveBeenCalled();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedSaver, flushWhenHidden } from './debounced-saver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DebouncedSaver', () => {
  it('saves only the latest value, once typing pauses', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined);
    const saver = new DebouncedSaver(save, { delayMs: 300 });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(200);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
  });

  it('flush saves at once and the timer does not save again', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined);
    const saver = new DebouncedSaver(save);
    saver.schedule('now');
    await saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith('now');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.hasPending).toBe(false);
  });

  it('a failed save is reported and retried on the next flush', async () => {
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockRejectedValueOnce(new Error('quota'))
      .mockResolvedValue(undefined);
    const onError = vi.fn();
    const saver = new DebouncedSaver(save, { onError });
    saver.schedule('work');
    await saver.flush();
    expect(onError).toHaveBeenCalledWith(new Error('quota'));
    expect(saver.hasPending).toBe(true);
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith('work');
    expect(saver.hasPending).toBe(false);
  });

  it('flush starts the save in the same task, without waiting for an earlier save', async () => {
    let finishFirst!: () => void;
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)))
      .mockResolvedValue(undefined);
    const saver = new DebouncedSaver(save);
    saver.schedule('first');
    void saver.flush();
    saver.schedule('second');
    void saver.flush();
    expect(save.mock.calls).toEqual([['first'], ['second']]);
    finishFirst();
  });

  it('a failed save never overwrites a newer value scheduled meanwhile', async () => {
    let fail!: (error: Error) => void;
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
      .mockResolvedValue(undefined);
    const saver = new DebouncedSaver(save, { onError: () => undefined });
    saver.schedule('old');
    const first = saver.flush();
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('old'));
    saver.schedule('new');
    fail(new Error('disk'));
    await first;
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith('new');
  });
});

describe('flushWhenHidden', () => {
  function fakeWindow() {
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    return Object.assign(new EventTarget(), { document: doc }) as unknown as Window & { document: typeof doc };
  }

  it('flushes on pagehide and when the page becomes hidden, until unsubscribed', () => {
    const win = fakeWindow();
    const flush = vi.fn();
    const stop = flushWhenHidden(flush, win);
    win.dispatchEvent(new Event('pagehide'));
    win.document.dispatchEvent(new Event('visibilitychange')); // still visible: no flush
    expect(flush).toHaveBeenCalledTimes(1);
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);
    stop();
    win.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });
});

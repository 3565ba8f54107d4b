import { describe, expect, it } from 'vitest';
import { runLimited } from './limit';

describe('runLimited', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    let active = 0;
    let peak = 0;
    const job = async (n: number) => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5 * (4 - n)));
      active -= 1;
      return n * 10;
    };

    const results = await Promise.all(runLimited([1, 2, 3, 4], 2, job));

    expect(results).toEqual([10, 20, 30, 40]);
    expect(peak).toBe(2);
  });

  it('keeps going after a job fails', async () => {
    const [first, second] = runLimited([1, 2], 1, async (n) => {
      if (n === 1) throw new Error('boom');
      return n;
    });

    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe(2);
  });

  it('rejects a limit below one', () => {
    expect(() => runLimited([1], 0, async (n) => n)).toThrow('positive integer');
  });
});

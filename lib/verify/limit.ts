// Runs async jobs with at most `limit` in flight, handing back one promise per item
// in input order, so callers can print results in a stable order as they arrive.
export function runLimited<T, R>(items: T[], limit: number, job: (item: T) => Promise<R>): Promise<R>[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a positive integer, got ${limit}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquire = () =>
    new Promise<void>((resolve) => {
      if (active < limit) {
        active += 1;
        resolve();
      } else {
        waiting.push(() => {
          active += 1;
          resolve();
        });
      }
    });
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return items.map(async (item) => {
    await acquire();
    try {
      return await job(item);
    } finally {
      release();
    }
  });
}

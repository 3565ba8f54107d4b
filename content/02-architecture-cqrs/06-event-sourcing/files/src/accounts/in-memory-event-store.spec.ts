import { AccountEvent } from './account-events.js';
import { ConcurrencyError, StoredEvent } from './event-store.js';
import { InMemoryEventStore } from './in-memory-event-store.js';

const opened = (accountId: string): AccountEvent => ({ type: 'AccountOpened', accountId, owner: 'Ada' });
const deposited = (accountId: string, amount: number): AccountEvent => ({ type: 'MoneyDeposited', accountId, amount });

/** Runs a mutation attempt; frozen objects throw in strict mode, and that is fine. */
function attempt(mutation: () => void): void {
  try {
    mutation();
  } catch {
    // refused: the store protected itself
  }
}

describe('InMemoryEventStore', () => {
  let store: InMemoryEventStore;

  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('numbers events per stream (version) and across the log (position)', async () => {
    await store.append('acc-1', 0, [opened('acc-1')]);
    await store.append('acc-2', 0, [opened('acc-2')]);
    await store.append('acc-1', 1, [deposited('acc-1', 10), deposited('acc-1', 20)]);

    const stream = await store.readStream('acc-1');
    expect(stream.map(({ version, position }) => ({ version, position }))).toEqual([
      { version: 1, position: 1 },
      { version: 2, position: 3 },
      { version: 3, position: 4 },
    ]);
    expect((await store.readStream('acc-1', 1)).map((record) => record.version)).toEqual([2, 3]);
    expect((await store.readAll(2)).map((record) => record.position)).toEqual([3, 4]);
  });

  it('rejects a stale expected version with a ConcurrencyError and appends nothing', async () => {
    await store.append('acc-1', 0, [opened('acc-1')]);
    await store.append('acc-1', 1, [deposited('acc-1', 10)]);

    const stale = store.append('acc-1', 1, [deposited('acc-1', 99), deposited('acc-1', 1)]);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ streamId: 'acc-1', expectedVersion: 1, actualVersion: 2 });
    await expect(store.append('acc-1', 5, [deposited('acc-1', 5)]), 'a version from the future').rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    await expect(store.append('acc-9', 1, [opened('acc-9')]), 'a stream that does not exist is at 0').rejects.toBeInstanceOf(
      ConcurrencyError,
    );

    expect((await store.readStream('acc-1')).map((record) => record.version)).toEqual([1, 2]);
    expect(await store.readAll()).toHaveLength(2);
  });

  it('lets only one of two racing writers append at the same expected version', async () => {
    await store.append('acc-1', 0, [opened('acc-1')]);

    const results = await Promise.allSettled([
      store.append('acc-1', 1, [deposited('acc-1', 10)]),
      store.append('acc-1', 1, [deposited('acc-1', 20)]),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('acc-1')).toHaveLength(2);
  });

  it('is append-only: nothing a caller holds can change stored events', async () => {
    const deposit = { type: 'MoneyDeposited', accountId: 'acc-1', amount: 10 } as AccountEvent & { amount: number };
    const appended = await store.append('acc-1', 0, [opened('acc-1'), deposit]);
    const stream = (await store.readStream('acc-1')) as StoredEvent<AccountEvent>[];
    const all = (await store.readAll()) as StoredEvent<AccountEvent>[];

    attempt(() => {
      deposit.amount = 1_000; // the object the writer handed in
    });
    attempt(() => {
      (stream[1].event as { amount: number }).amount = 2_000;
    });
    attempt(() => {
      (appended[1] as { version: number }).version = 7;
    });
    attempt(() => {
      stream.length = 0;
      all.push({ streamId: 'acc-1', version: 3, position: 3, event: deposited('acc-1', 5) });
    });

    const again = await store.readStream('acc-1');
    expect(again.map(({ streamId, version, position, event }) => ({ streamId, version, position, event }))).toEqual([
      { streamId: 'acc-1', version: 1, position: 1, event: opened('acc-1') },
      { streamId: 'acc-1', version: 2, position: 2, event: deposited('acc-1', 10) },
    ]);
    expect(await store.readAll()).toHaveLength(2);
  });
});

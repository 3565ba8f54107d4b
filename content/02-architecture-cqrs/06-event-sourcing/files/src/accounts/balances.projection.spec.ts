import { AccountEvent } from './account-events.js';
import { BalancesProjection } from './balances.projection.js';
import { StoredEvent } from './event-store.js';
import { InMemoryEventStore } from './in-memory-event-store.js';

describe('BalancesProjection', () => {
  let store: InMemoryEventStore;
  let projection: BalancesProjection;

  beforeEach(async () => {
    store = new InMemoryEventStore();
    projection = new BalancesProjection();
    await store.append<AccountEvent>('acc-1', 0, [
      { type: 'AccountOpened', accountId: 'acc-1', owner: 'Ada' },
      { type: 'MoneyDeposited', accountId: 'acc-1', amount: 100 },
    ]);
    await store.append<AccountEvent>('acc-2', 0, [
      { type: 'AccountOpened', accountId: 'acc-2', owner: 'Grace' },
      { type: 'MoneyDeposited', accountId: 'acc-2', amount: 7 },
    ]);
  });

  it('computes each balance from the log', async () => {
    await store.append<AccountEvent>('acc-1', 2, [{ type: 'MoneyWithdrawn', accountId: 'acc-1', amount: 40 }]);

    await projection.catchUp(store);

    expect(projection.balanceOf('acc-1')).toBe(60);
    expect(projection.balanceOf('acc-2')).toBe(7);
  });

  it('catches up from where it stopped, reading only new events', async () => {
    const readAll = vi.spyOn(store, 'readAll');
    await projection.catchUp(store);
    await store.append<AccountEvent>('acc-1', 2, [{ type: 'MoneyDeposited', accountId: 'acc-1', amount: 5 }]);

    await projection.catchUp(store);
    await projection.catchUp(store);

    expect(readAll.mock.calls.map(([afterPosition]) => afterPosition ?? 0)).toEqual([0, 4, 5]);
    expect(projection.balanceOf('acc-1')).toBe(105);
    expect(projection.balanceOf('acc-2')).toBe(7);
  });

  it('ignores a replayed event, even when it arrives as a fresh copy', async () => {
    await projection.catchUp(store);
    const [, deposit] = await store.readStream<AccountEvent>('acc-1');

    // Redelivered from a queue, or re-read after a restart: equal, not identical.
    projection.apply(structuredClone(deposit) as StoredEvent<AccountEvent>);
    projection.apply({ ...deposit, event: { ...deposit.event } });

    expect(projection.balanceOf('acc-1')).toBe(100);
  });

  it('does not double count an event it already applied live', async () => {
    await projection.catchUp(store);
    const [deposit] = await store.append<AccountEvent>('acc-1', 2, [
      { type: 'MoneyDeposited', accountId: 'acc-1', amount: 5 },
    ]);

    projection.apply(deposit); // pushed by the event bus as soon as it was stored
    await projection.catchUp(store); // then the periodic catch-up reads the log

    expect(projection.balanceOf('acc-1')).toBe(105);
  });
});

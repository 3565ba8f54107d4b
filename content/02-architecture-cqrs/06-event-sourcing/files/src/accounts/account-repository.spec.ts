import { Test, TestingModule } from '@nestjs/testing';
import { AccountRepository, SNAPSHOT_EVERY } from './account-repository.js';
import { AccountsModule } from './accounts.module.js';
import { AccountState, BankAccount } from './bank-account.js';
import { EventStore } from './event-store.js';
import { SnapshotStore } from './snapshot-store.js';

describe('AccountRepository', () => {
  let moduleRef: TestingModule;
  let repository: AccountRepository;
  let events: EventStore;
  let snapshots: SnapshotStore;

  beforeEach(async () => {
    moduleRef = await Test.createTestingModule({ imports: [AccountsModule] })
      .overrideProvider(SNAPSHOT_EVERY)
      .useValue(3)
      .compile();
    repository = moduleRef.get(AccountRepository);
    events = moduleRef.get(EventStore);
    snapshots = moduleRef.get(SnapshotStore);
  });

  afterEach(() => moduleRef.close());

  /** Opens acc-1 and deposits 10, 20, 30, ... saving after each `batches` step. */
  async function buildAccount(batches: number[]): Promise<void> {
    const account = BankAccount.open('acc-1', 'Ada');
    let amount = 0;
    for (const [index, size] of batches.entries()) {
      // the first batch already holds AccountOpened
      for (let i = index === 0 ? 1 : 0; i < size; i++) account.deposit((amount += 10));
      await repository.save(account);
    }
  }

  const savedSnapshotVersions = (spy: { mock: { calls: unknown[][] } }) =>
    spy.mock.calls.map(([snapshot]) => (snapshot as { version: number }).version);

  it('saves an account and loads it back', async () => {
    const account = BankAccount.open('acc-1', 'Ada');
    account.deposit(40);
    await repository.save(account);

    const loaded = await repository.load('acc-1');

    expect(loaded.toSnapshot()).toEqual({ id: 'acc-1', owner: 'Ada', balance: 40 });
    expect(loaded.version).toBe(2);
  });

  it('takes a snapshot every N events', async () => {
    const save = vi.spyOn(snapshots, 'save');

    await buildAccount([1, 1, 1, 1, 1, 1, 1]); // versions 1 to 7, N = 3

    expect(savedSnapshotVersions(save)).toEqual([3, 6]);
    const latest = await snapshots.latest<AccountState>('acc-1');
    expect(latest).toEqual({ streamId: 'acc-1', version: 6, state: { id: 'acc-1', owner: 'Ada', balance: 150 } });
  });

  it('takes a snapshot when one save jumps over a multiple of N', async () => {
    const save = vi.spyOn(snapshots, 'save');

    await buildAccount([2, 2, 1, 2]); // versions 2, 4, 5, 7: crosses 3 and 6

    expect(savedSnapshotVersions(save)).toEqual([4, 7]);
  });

  it('loads from the latest snapshot plus later events, the same as a full replay', async () => {
    await buildAccount([1, 1, 1, 1, 1, 1, 1]);
    const fullReplay = BankAccount.fromHistory((await events.readStream<never>('acc-1')).map((r) => r.event));
    const readStream = vi.spyOn(events, 'readStream');

    const loaded = await repository.load('acc-1');

    expect(readStream, 'read only the events after the snapshot').toHaveBeenCalledWith('acc-1', 6);
    expect(readStream).toHaveBeenCalledTimes(1);
    expect({ ...loaded.toSnapshot(), version: loaded.version }).toEqual({
      ...fullReplay.toSnapshot(),
      version: fullReplay.version,
    });

    loaded.withdraw(100);
    await expect(repository.save(loaded), 'the loaded version must match the stream').resolves.toBeUndefined();
    expect((await repository.load('acc-1')).balance).toBe(fullReplay.balance - 100);
  });
});

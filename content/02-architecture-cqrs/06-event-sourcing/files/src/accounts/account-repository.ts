import { Inject, Injectable } from '@nestjs/common';
import { AccountEvent } from './account-events.js';
import { BankAccount } from './bank-account.js';
import { EventStore } from './event-store.js';
import { SnapshotStore } from './snapshot-store.js';

/** How many events between two snapshots of an account. */
export const SNAPSHOT_EVERY = Symbol('SNAPSHOT_EVERY');

export class AccountNotFoundError extends Error {
  constructor(readonly accountId: string) {
    super(`No account ${accountId}.`);
    this.name = 'AccountNotFoundError';
  }
}

@Injectable()
export class AccountRepository {
  constructor(
    private readonly events: EventStore,
    private readonly snapshots: SnapshotStore,
    @Inject(SNAPSHOT_EVERY) private readonly snapshotEvery: number,
  ) {}

  async load(accountId: string): Promise<BankAccount> {
    // TODO (task 3): start from the latest snapshot, if there is one, and
    // read only the events after its version.
    const records = await this.events.readStream<AccountEvent>(accountId);
    if (records.length === 0) {
      throw new AccountNotFoundError(accountId);
    }
    return BankAccount.fromHistory(records.map((record) => record.event));
  }

  async save(account: BankAccount): Promise<void> {
    const pending = account.getUncommittedEvents();
    if (pending.length === 0) return;
    const loadedVersion = account.version - pending.length;
    await this.events.append(account.id, loadedVersion, pending);
    account.markSaved();
    // TODO (task 3): take a snapshot each time the account's version passes
    // a multiple of this.snapshotEvery.
  }
}

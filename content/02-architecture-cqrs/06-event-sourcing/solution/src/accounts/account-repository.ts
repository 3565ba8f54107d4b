import { Inject, Injectable } from '@nestjs/common';
import { AccountEvent } from './account-events.js';
import { AccountState, BankAccount } from './bank-account.js';
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
    const snapshot = await this.snapshots.latest<AccountState>(accountId);
    // Only the events the snapshot doesn't already contain.
    const later = await this.events.readStream<AccountEvent>(accountId, snapshot?.version ?? 0);
    if (!snapshot && later.length === 0) {
      throw new AccountNotFoundError(accountId);
    }
    const laterEvents = later.map((record) => record.event);
    return snapshot ? BankAccount.fromSnapshot(snapshot, laterEvents) : BankAccount.fromHistory(laterEvents);
  }

  async save(account: BankAccount): Promise<void> {
    const pending = account.getUncommittedEvents();
    if (pending.length === 0) return;
    const loadedVersion = account.version - pending.length;
    await this.events.append(account.id, loadedVersion, pending);
    account.markSaved();
    // One save can append several events and jump over a multiple of N
    // (2 → 4 with N = 3), so compare "how many Ns", not `version % N === 0`.
    if (Math.floor(account.version / this.snapshotEvery) > Math.floor(loadedVersion / this.snapshotEvery)) {
      await this.snapshots.save({ streamId: account.id, version: account.version, state: account.toSnapshot() });
    }
  }
}

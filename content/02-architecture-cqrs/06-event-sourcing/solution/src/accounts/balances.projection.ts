import { Injectable } from '@nestjs/common';
import { AccountEvent } from './account-events.js';
import { EventStore, StoredEvent } from './event-store.js';

/**
 * A read model: each account's balance, built from the log. It may lag
 * behind the log (eventual consistency) and must survive seeing an event
 * twice, because catch-ups overlap and messages are redelivered.
 */
@Injectable()
export class BalancesProjection {
  private readonly balances = new Map<string, number>();
  /** The last version applied per stream: the projection's own checkpoint. */
  private readonly appliedVersions = new Map<string, number>();
  private lastPosition = 0;

  apply(record: StoredEvent<AccountEvent>): void {
    if (record.version <= (this.appliedVersions.get(record.streamId) ?? 0)) {
      return; // Seen already: applying it again would count it twice.
    }
    const { event } = record;
    const balance = this.balances.get(event.accountId) ?? 0;
    if (event.type === 'AccountOpened') this.balances.set(event.accountId, 0);
    if (event.type === 'MoneyDeposited') this.balances.set(event.accountId, balance + event.amount);
    if (event.type === 'MoneyWithdrawn') this.balances.set(event.accountId, balance - event.amount);
    this.appliedVersions.set(record.streamId, record.version);
    this.lastPosition = Math.max(this.lastPosition, record.position);
  }

  /** Applies whatever the log gained since the last catch-up. */
  async catchUp(store: EventStore): Promise<void> {
    for (const record of await store.readAll<AccountEvent>(this.lastPosition)) {
      this.apply(record);
    }
  }

  balanceOf(accountId: string): number | undefined {
    return this.balances.get(accountId);
  }
}

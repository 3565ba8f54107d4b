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

  // TODO (task 4): an event applied twice is counted twice. Remember how far
  // each stream has been applied, and skip what was applied already.
  apply(record: StoredEvent<AccountEvent>): void {
    const { event } = record;
    const balance = this.balances.get(event.accountId) ?? 0;
    if (event.type === 'AccountOpened') this.balances.set(event.accountId, 0);
    if (event.type === 'MoneyDeposited') this.balances.set(event.accountId, balance + event.amount);
    if (event.type === 'MoneyWithdrawn') this.balances.set(event.accountId, balance - event.amount);
  }

  /** Applies the log. TODO (task 4): only what it gained since the last catch-up. */
  async catchUp(store: EventStore): Promise<void> {
    for (const record of await store.readAll<AccountEvent>()) {
      this.apply(record);
    }
  }

  balanceOf(accountId: string): number | undefined {
    return this.balances.get(accountId);
  }
}

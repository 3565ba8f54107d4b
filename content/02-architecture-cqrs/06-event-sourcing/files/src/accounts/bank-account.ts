import { AggregateRoot } from '@nestjs/cqrs';
import { AccountEvent, AccountOpened, MoneyDeposited, MoneyWithdrawn } from './account-events.js';
import { Snapshot } from './snapshot-store.js';

export interface AccountState {
  id: string;
  owner: string;
  balance: number;
}

export class InsufficientFundsError extends Error {
  constructor(
    readonly accountId: string,
    readonly balance: number,
    readonly requested: number,
  ) {
    super(`Account ${accountId} holds ${balance}; cannot withdraw ${requested}.`);
    this.name = 'InsufficientFundsError';
  }
}

/**
 * An event-sourced aggregate. Command methods (open, deposit, withdraw) check
 * the rules and apply an event; only the on* handlers change state, so
 * replaying the same events always rebuilds the same state.
 */
export class BankAccount extends AggregateRoot<AccountEvent> {
  private state: AccountState = { id: '', owner: '', balance: 0 };
  /** Version already in the event store: events loaded or saved. */
  private savedVersion = 0;

  static open(id: string, owner: string): BankAccount {
    const account = new BankAccount();
    account.apply({ type: 'AccountOpened', accountId: id, owner });
    return account;
  }

  static fromHistory(events: readonly AccountEvent[]): BankAccount {
    const account = new BankAccount();
    account.loadFromHistory([...events]);
    return account;
  }

  static fromSnapshot(snapshot: Snapshot<AccountState>, laterEvents: readonly AccountEvent[]): BankAccount {
    const account = new BankAccount();
    account.state = { ...snapshot.state };
    account.savedVersion = snapshot.version;
    account.loadFromHistory([...laterEvents]);
    return account;
  }

  get id(): string {
    return this.state.id;
  }

  get owner(): string {
    return this.state.owner;
  }

  get balance(): number {
    return this.state.balance;
  }

  /** Events in the store plus events applied since the last save. */
  get version(): number {
    return this.savedVersion + this.getUncommittedEvents().length;
  }

  deposit(amount: number): void {
    assertPositive(amount);
    this.apply({ type: 'MoneyDeposited', accountId: this.id, amount });
  }

  withdraw(amount: number): void {
    assertPositive(amount);
    // TODO (task 1): reject a withdrawal larger than the balance with an
    // InsufficientFundsError, and record no event when you do.
    this.apply({ type: 'MoneyWithdrawn', accountId: this.id, amount });
  }

  toSnapshot(): AccountState {
    return { ...this.state };
  }

  /** Called by the repository once the uncommitted events are in the store. */
  markSaved(): void {
    this.savedVersion = this.version;
    this.uncommit();
  }

  override loadFromHistory(history: AccountEvent[]): void {
    super.loadFromHistory(history);
    this.savedVersion += history.length;
  }

  // AggregateRoot calls `on${getEventName(event)}`. By default the name is the
  // event's class name; stored events are plain data, so use their type.
  protected override getEventName(event: AccountEvent): string {
    return event.type;
  }

  // Event handlers: AggregateRoot.apply() calls them for new events and
  // loadFromHistory() for stored ones.
  private onAccountOpened(event: AccountOpened): void {
    this.state = { id: event.accountId, owner: event.owner, balance: 0 };
  }

  // TODO (task 1): make these handlers change the state their event describes.
  private onMoneyDeposited(event: MoneyDeposited): void {}

  private onMoneyWithdrawn(event: MoneyWithdrawn): void {}
}

function assertPositive(amount: number): void {
  if (!Number.isFinite(amount) || amount <= 0) {
    throw new RangeError(`Amount must be a positive number, got ${amount}.`);
  }
}

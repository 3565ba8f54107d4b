import { BankAccount, InsufficientFundsError } from './bank-account.js';

const stateOf = (account: BankAccount) => ({ ...account.toSnapshot(), version: account.version });

describe('BankAccount', () => {
  it('changes its balance only by applying events', () => {
    const account = BankAccount.open('acc-1', 'Ada');
    account.deposit(100);
    account.withdraw(30);

    expect(account.balance).toBe(70);
    expect(account.version).toBe(3);
    expect(account.getUncommittedEvents()).toEqual([
      { type: 'AccountOpened', accountId: 'acc-1', owner: 'Ada' },
      { type: 'MoneyDeposited', accountId: 'acc-1', amount: 100 },
      { type: 'MoneyWithdrawn', accountId: 'acc-1', amount: 30 },
    ]);
  });

  it('rebuilds the same state by replaying its events', () => {
    const live = BankAccount.open('acc-1', 'Ada');
    live.deposit(100);
    live.withdraw(30);
    live.deposit(5);

    const replayed = BankAccount.fromHistory(live.getUncommittedEvents());

    expect(stateOf(replayed)).toEqual({ id: 'acc-1', owner: 'Ada', balance: 75, version: 4 });
    expect(stateOf(replayed)).toEqual(stateOf(live));
    expect(replayed.getUncommittedEvents(), 'replayed events are history, not new events').toEqual([]);
  });

  it('rejects a withdrawal larger than the balance and records no event', () => {
    const account = BankAccount.open('acc-1', 'Ada');
    account.deposit(50);

    expect(() => account.withdraw(80)).toThrow(InsufficientFundsError);

    expect(account.balance).toBe(50);
    expect(account.getUncommittedEvents().map((event) => event.type)).toEqual(['AccountOpened', 'MoneyDeposited']);
  });

  it('enforces the rule on an account rebuilt from history', () => {
    const history = BankAccount.open('acc-1', 'Ada');
    history.deposit(50);
    const account = BankAccount.fromHistory(history.getUncommittedEvents());

    expect(() => account.withdraw(80)).toThrow(InsufficientFundsError);
    account.withdraw(50);
    expect(account.balance).toBe(0);
  });
});

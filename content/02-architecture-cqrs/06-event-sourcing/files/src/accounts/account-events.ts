// Events are stored data, not class instances: an event store hands back
// whatever it persisted (JSON, in a real one). The `type` field names the
// event; it must never change once events of that type are stored.
export interface AccountOpened {
  type: 'AccountOpened';
  accountId: string;
  owner: string;
}

export interface MoneyDeposited {
  type: 'MoneyDeposited';
  accountId: string;
  amount: number;
}

export interface MoneyWithdrawn {
  type: 'MoneyWithdrawn';
  accountId: string;
  amount: number;
}

export type AccountEvent = AccountOpened | MoneyDeposited | MoneyWithdrawn;

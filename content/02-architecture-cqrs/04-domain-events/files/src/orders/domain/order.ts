export type OrderStatus = 'placed' | 'cancelled';

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

/** What the repository stores: plain data, no behaviour. */
export interface OrderSnapshot {
  id: string;
  customerEmail: string;
  totalCents: number;
  status: OrderStatus;
}

export class Order {
  private constructor(
    readonly id: string,
    readonly customerEmail: string,
    readonly totalCents: number,
    private currentStatus: OrderStatus,
  ) {}

  /** A new order. */
  static place(id: string, customerEmail: string, lines: OrderLine[]): Order {
    if (lines.length === 0) {
      throw new Error('An order needs at least one line');
    }
    const totalCents = lines.reduce(
      (sum, line) => sum + line.quantity * line.unitPriceCents,
      0,
    );
    // TODO: record an OrderPlacedEvent (from src/contracts).
    return new Order(id, customerEmail, totalCents, 'placed');
  }

  /** An order loaded from storage: nothing happened, so nothing to announce. */
  static restore(snapshot: OrderSnapshot): Order {
    return new Order(
      snapshot.id,
      snapshot.customerEmail,
      snapshot.totalCents,
      snapshot.status,
    );
  }

  get status(): OrderStatus {
    return this.currentStatus;
  }

  cancel(reason: string): void {
    if (this.currentStatus === 'cancelled') {
      throw new Error(`Order ${this.id} is already cancelled`);
    }
    this.currentStatus = 'cancelled';
    // TODO: record an OrderCancelledEvent.
    void reason;
  }

  toSnapshot(): OrderSnapshot {
    return {
      id: this.id,
      customerEmail: this.customerEmail,
      totalCents: this.totalCents,
      status: this.currentStatus,
    };
  }
}

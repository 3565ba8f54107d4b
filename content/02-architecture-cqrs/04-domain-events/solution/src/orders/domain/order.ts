import { AggregateRoot } from '@nestjs/cqrs';
import {
  OrderCancelledEvent,
  OrderPlacedEvent,
} from '../../contracts/order-events.js';

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

/**
 * An aggregate root: apply() records each event in the aggregate. Nothing
 * leaves until commit(), which the handler calls after the save.
 */
export class Order extends AggregateRoot {
  private constructor(
    readonly id: string,
    readonly customerEmail: string,
    readonly totalCents: number,
    private currentStatus: OrderStatus,
  ) {
    super();
  }

  /** A new order. */
  static place(id: string, customerEmail: string, lines: OrderLine[]): Order {
    if (lines.length === 0) {
      throw new Error('An order needs at least one line');
    }
    const totalCents = lines.reduce(
      (sum, line) => sum + line.quantity * line.unitPriceCents,
      0,
    );
    const order = new Order(id, customerEmail, totalCents, 'placed');
    order.apply(new OrderPlacedEvent(id, customerEmail, totalCents));
    return order;
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
    // Check first: a refused change records no event.
    if (this.currentStatus === 'cancelled') {
      throw new Error(`Order ${this.id} is already cancelled`);
    }
    this.currentStatus = 'cancelled';
    this.apply(new OrderCancelledEvent(this.id, this.customerEmail, reason));
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

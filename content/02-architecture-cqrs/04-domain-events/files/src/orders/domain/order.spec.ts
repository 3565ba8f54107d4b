import { AggregateRoot, EventBus, EventPublisher } from '@nestjs/cqrs';
import {
  OrderCancelledEvent,
  OrderPlacedEvent,
} from '../../contracts/order-events.js';
import { Order, type OrderLine } from './order.js';

const LINES: OrderLine[] = [
  { sku: 'notebook', quantity: 2, unitPriceCents: 750 },
  { sku: 'pen', quantity: 1, unitPriceCents: 1000 },
];

describe('Order', () => {
  it('records an OrderPlacedEvent with the total when placed', () => {
    const order = Order.place('order-1', 'ada@example.com', LINES);

    expect(order).toBeInstanceOf(AggregateRoot);
    expect(order.getUncommittedEvents()).toEqual([
      new OrderPlacedEvent('order-1', 'ada@example.com', 2500),
    ]);
  });

  it('hands its events to the publisher only on commit, and only once', () => {
    // commit() passes its internal array and then empties it: copy on receipt.
    const published: unknown[] = [];
    const bus = {
      publish: vi.fn((event: unknown) => published.push(event)),
      publishAll: vi.fn((events: unknown[]) => published.push(...events)),
    };
    const order = new EventPublisher(
      bus as unknown as EventBus,
    ).mergeObjectContext(Order.place('order-1', 'ada@example.com', LINES));
    expect(published).toEqual([]);

    order.commit();
    order.commit();

    expect(published).toEqual([
      new OrderPlacedEvent('order-1', 'ada@example.com', 2500),
    ]);
  });

  it('comes back from storage with no events to publish', () => {
    const placed = Order.place('order-1', 'ada@example.com', LINES);

    const loaded = Order.restore(placed.toSnapshot());

    expect(loaded.status).toBe('placed');
    expect(loaded.getUncommittedEvents()).toEqual([]);
  });

  it('records OrderCancelledEvent when cancelled', () => {
    const order = Order.restore({
      id: 'order-1',
      customerEmail: 'ada@example.com',
      totalCents: 2500,
      status: 'placed',
    });

    order.cancel('changed my mind');

    expect(order.status).toBe('cancelled');
    expect(order.getUncommittedEvents()).toEqual([
      new OrderCancelledEvent('order-1', 'ada@example.com', 'changed my mind'),
    ]);
  });

  it('refuses to cancel twice and records no second event', () => {
    const order = Order.place('order-1', 'ada@example.com', LINES);
    order.cancel('changed my mind');

    expect(() => order.cancel('again')).toThrow(/already cancelled/);
    expect(
      order
        .getUncommittedEvents()
        .filter((e) => e instanceof OrderCancelledEvent),
    ).toHaveLength(1);
  });
});

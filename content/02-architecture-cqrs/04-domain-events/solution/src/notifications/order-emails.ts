import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import {
  OrderCancelledEvent,
  OrderPlacedEvent,
} from '../contracts/order-events.js';
import { Mailer } from './mailer.js';

type OrderEvent = OrderPlacedEvent | OrderCancelledEvent;

/** Writes the mails about orders, from the events alone. */
@EventsHandler(OrderPlacedEvent, OrderCancelledEvent)
export class OrderEmails implements IEventHandler<OrderEvent> {
  constructor(private readonly mailer: Mailer) {}

  async handle(event: OrderEvent): Promise<void> {
    if (event instanceof OrderPlacedEvent) {
      await this.mailer.send({
        to: event.customerEmail,
        subject: `Order ${event.orderId} confirmed`,
        body: `Thank you! We received your order of ${formatCents(event.totalCents)}.`,
      });
      return;
    }
    await this.mailer.send({
      to: event.customerEmail,
      subject: `Order ${event.orderId} cancelled`,
      body: `Your order was cancelled: ${event.reason}.`,
    });
  }
}

function formatCents(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

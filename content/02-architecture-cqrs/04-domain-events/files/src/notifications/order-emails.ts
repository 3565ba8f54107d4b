import { Injectable } from '@nestjs/common';
import type { Order } from '../orders/domain/order.js';
import { Mailer } from './mailer.js';

/** Writes the mails about orders. Today the orders module calls it directly. */
@Injectable()
export class OrderEmails {
  constructor(private readonly mailer: Mailer) {}

  async confirm(order: Order): Promise<void> {
    await this.mailer.send({
      to: order.customerEmail,
      subject: `Order ${order.id} confirmed`,
      body: `Thank you! We received your order of ${formatCents(order.totalCents)}.`,
    });
  }

  async cancelled(order: Order, reason: string): Promise<void> {
    await this.mailer.send({
      to: order.customerEmail,
      subject: `Order ${order.id} cancelled`,
      body: `Your order was cancelled: ${reason}.`,
    });
  }
}

function formatCents(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

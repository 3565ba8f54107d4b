import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderEmails } from '../../notifications/order-emails.js';
import { Order } from '../domain/order.js';
import { OrderRepository } from '../domain/order.repository.js';
import { PlaceOrderCommand } from './place-order.command.js';

@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(
    private readonly orders: OrderRepository,
    private readonly emails: OrderEmails,
  ) {}

  async execute(command: PlaceOrderCommand): Promise<{ id: string }> {
    const order = Order.place(
      randomUUID(),
      command.customerEmail,
      command.lines,
    );
    // Reaches into the notifications module, and mails before the order is saved.
    await this.emails.confirm(order);
    await this.orders.save(order);
    return { id: order.id };
  }
}

import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderEmails } from '../../notifications/order-emails.js';
import { OrderRepository } from '../domain/order.repository.js';
import { CancelOrderCommand } from './cancel-order.command.js';

@CommandHandler(CancelOrderCommand)
export class CancelOrderHandler implements ICommandHandler<CancelOrderCommand> {
  constructor(
    private readonly orders: OrderRepository,
    private readonly emails: OrderEmails,
  ) {}

  async execute(command: CancelOrderCommand): Promise<void> {
    const order = await this.orders.findById(command.orderId);
    if (!order) {
      throw new NotFoundException(`Order ${command.orderId} not found`);
    }
    order.cancel(command.reason);
    await this.emails.cancelled(order, command.reason);
    await this.orders.save(order);
  }
}

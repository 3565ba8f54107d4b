import { NotFoundException } from '@nestjs/common';
import {
  CommandHandler,
  EventPublisher,
  type ICommandHandler,
} from '@nestjs/cqrs';
import { OrderRepository } from '../domain/order.repository.js';
import { CancelOrderCommand } from './cancel-order.command.js';

@CommandHandler(CancelOrderCommand)
export class CancelOrderHandler implements ICommandHandler<CancelOrderCommand> {
  constructor(
    private readonly orders: OrderRepository,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(command: CancelOrderCommand): Promise<void> {
    const stored = await this.orders.findById(command.orderId);
    if (!stored) {
      throw new NotFoundException(`Order ${command.orderId} not found`);
    }
    const order = this.publisher.mergeObjectContext(stored);
    order.cancel(command.reason);
    await this.orders.save(order);
    order.commit();
  }
}

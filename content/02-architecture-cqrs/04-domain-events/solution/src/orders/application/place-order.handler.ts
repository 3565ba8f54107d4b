import { randomUUID } from 'node:crypto';
import {
  CommandHandler,
  EventPublisher,
  type ICommandHandler,
} from '@nestjs/cqrs';
import { Order } from '../domain/order.js';
import { OrderRepository } from '../domain/order.repository.js';
import { PlaceOrderCommand } from './place-order.command.js';

@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(
    private readonly orders: OrderRepository,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(command: PlaceOrderCommand): Promise<{ id: string }> {
    // mergeObjectContext connects this order's publish() to the EventBus. The
    // OrderPlacedEvent it recorded stays inside it until commit().
    const order = this.publisher.mergeObjectContext(
      Order.place(randomUUID(), command.customerEmail, command.lines),
    );
    // If the save throws, commit() is never reached and the event dies with
    // the order object.
    await this.orders.save(order);
    order.commit();
    return { id: order.id };
  }
}

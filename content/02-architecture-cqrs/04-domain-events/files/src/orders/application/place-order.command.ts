import { Command } from '@nestjs/cqrs';
import type { OrderLine } from '../domain/order.js';

export class PlaceOrderCommand extends Command<{ id: string }> {
  constructor(
    readonly customerEmail: string,
    readonly lines: OrderLine[],
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';

export class CancelOrderCommand extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly reason: string,
  ) {
    super();
  }
}

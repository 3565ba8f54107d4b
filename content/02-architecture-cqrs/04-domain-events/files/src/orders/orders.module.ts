import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CancelOrderHandler } from './application/cancel-order.handler.js';
import { PlaceOrderHandler } from './application/place-order.handler.js';
import { OrderRepository } from './domain/order.repository.js';
import { InMemoryOrderRepository } from './infrastructure/in-memory-order.repository.js';

@Module({
  // Importing NotificationsModule lets orders call it, and ties the two together.
  imports: [NotificationsModule],
  providers: [
    PlaceOrderHandler,
    CancelOrderHandler,
    { provide: OrderRepository, useClass: InMemoryOrderRepository },
  ],
})
export class OrdersModule {}

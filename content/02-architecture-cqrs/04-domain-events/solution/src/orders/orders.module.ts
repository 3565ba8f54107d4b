import { Module } from '@nestjs/common';
import { CancelOrderHandler } from './application/cancel-order.handler.js';
import { PlaceOrderHandler } from './application/place-order.handler.js';
import { OrderRepository } from './domain/order.repository.js';
import { InMemoryOrderRepository } from './infrastructure/in-memory-order.repository.js';

// No imports: orders publishes its events and doesn't know who listens.
@Module({
  providers: [
    PlaceOrderHandler,
    CancelOrderHandler,
    { provide: OrderRepository, useClass: InMemoryOrderRepository },
  ],
})
export class OrdersModule {}

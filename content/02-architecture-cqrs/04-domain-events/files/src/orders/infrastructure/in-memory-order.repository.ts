import { Injectable } from '@nestjs/common';
import { Order, type OrderSnapshot } from '../domain/order.js';
import { OrderRepository } from '../domain/order.repository.js';

/** Stores snapshots, as a table would, and restores a fresh Order on every load. */
@Injectable()
export class InMemoryOrderRepository implements OrderRepository {
  private readonly rows = new Map<string, OrderSnapshot>();

  async save(order: Order): Promise<void> {
    this.rows.set(order.id, order.toSnapshot());
  }

  async findById(id: string): Promise<Order | undefined> {
    const row = this.rows.get(id);
    return row && Order.restore(row);
  }
}

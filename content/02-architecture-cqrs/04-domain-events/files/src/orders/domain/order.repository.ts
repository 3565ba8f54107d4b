import type { Order } from './order.js';

/** The orders module's persistence port; an abstract class so it can be the injection token. */
export abstract class OrderRepository {
  abstract save(order: Order): Promise<void>;
  abstract findById(id: string): Promise<Order | undefined>;
}

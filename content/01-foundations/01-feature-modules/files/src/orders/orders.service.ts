import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository.js';

export interface Order {
  id: number;
  customerId: string;
}

@Injectable()
export class OrdersService {
  // Reaches past UsersService into the Users feature's storage.
  constructor(private readonly users: UsersRepository) {}

  describe(order: Order): string {
    const user = this.users.findById(order.customerId);
    return `Order #${order.id} for ${user?.firstName} ${user?.lastName}`;
  }
}

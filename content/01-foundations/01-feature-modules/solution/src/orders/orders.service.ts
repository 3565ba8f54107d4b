import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service.js';

export interface Order {
  id: number;
  customerId: string;
}

@Injectable()
export class OrdersService {
  constructor(private readonly users: UsersService) {}

  describe(order: Order): string {
    return `Order #${order.id} for ${this.users.displayName(order.customerId)}`;
  }
}

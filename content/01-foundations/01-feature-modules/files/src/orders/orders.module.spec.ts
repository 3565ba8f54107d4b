import { Test } from '@nestjs/testing';
import { UsersModule } from '../users/users.module.js';
import { UsersService } from '../users/users.service.js';
import { OrdersModule } from './orders.module.js';
import { OrdersService } from './orders.service.js';

describe('OrdersModule', () => {
  it('uses the one UsersService instance that UsersModule owns', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [OrdersModule] }).compile();
    const owned = moduleRef.select(UsersModule).get(UsersService, { strict: true });
    // Only the instance UsersModule owns answers "Grace Hopper".
    vi.spyOn(owned, 'displayName').mockReturnValue('Grace Hopper');

    const orders = moduleRef.get(OrdersService);

    expect(
      orders.describe({ id: 7, customerId: 'u1' }),
      'OrdersService must ask the UsersService that UsersModule created (not the repository, not a second copy)',
    ).toBe('Order #7 for Grace Hopper');
  });
});

import { User } from '../domain/user.js';
import { InMemoryUserRepository } from './in-memory-user.repository.js';

describe('InMemoryUserRepository', () => {
  it('saves users and finds them again by email', async () => {
    const repository = new InMemoryUserRepository();
    const registeredAt = new Date('2030-01-01T09:00:00Z');
    await repository.save(User.register('u1', 'ada@example.com', registeredAt));

    const found = await repository.findByEmail('ada@example.com');

    expect(found).toBeInstanceOf(User);
    expect(found).toMatchObject({ id: 'u1', email: 'ada@example.com', registeredAt });
    expect(await repository.findByEmail('grace@example.com')).toBeUndefined();
  });
});

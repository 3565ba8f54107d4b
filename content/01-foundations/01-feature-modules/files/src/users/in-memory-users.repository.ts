import { Injectable } from '@nestjs/common';
import type { User } from './user.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class InMemoryUsersRepository implements UsersRepository {
  private readonly users = new Map<string, User>([
    ['u1', { id: 'u1', firstName: 'Ada', lastName: 'Lovelace' }],
    ['u2', { id: 'u2', firstName: 'Alan', lastName: 'Turing' }],
  ]);

  findById(id: string): User | undefined {
    return this.users.get(id);
  }
}

import { Injectable } from '@nestjs/common';
import type { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

/** Keeps users in a Map. A Prisma or TypeORM adapter would implement the same port. */
@Injectable()
export class InMemoryUserRepository implements UserRepository {
  private readonly rows = new Map<string, User>();

  async save(user: User): Promise<void> {
    this.rows.set(user.id, user);
  }

  async findById(id: string): Promise<User | undefined> {
    return this.rows.get(id);
  }
}

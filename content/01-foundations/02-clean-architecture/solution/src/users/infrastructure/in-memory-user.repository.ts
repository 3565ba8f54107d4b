import { Injectable } from '@nestjs/common';
import type { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { toDomain, toRecord } from './user.mapper.js';
import type { UserRecord } from './user.record.js';

// Stands in for a real database table; a Prisma or TypeORM adapter would sit here.
@Injectable()
export class InMemoryUserRepository implements UserRepository {
  private readonly rows = new Map<string, UserRecord>();

  async findByEmail(email: string): Promise<User | undefined> {
    const row = [...this.rows.values()].find((r) => r.email === email);
    return row && toDomain(row);
  }

  async save(user: User): Promise<void> {
    this.rows.set(user.id, toRecord(user));
  }
}

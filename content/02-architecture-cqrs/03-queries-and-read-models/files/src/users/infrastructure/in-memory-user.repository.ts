import { Injectable } from '@nestjs/common';
import { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

/** How a users table would store a user: snake_case columns, the hash included. */
export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  version: number;
}

/**
 * Keeps rows, not User objects, and maps between the two the way a database
 * adapter would, so a caller never holds a reference into the "table".
 */
@Injectable()
export class InMemoryUserRepository implements UserRepository {
  private readonly rows = new Map<string, UserRow>();

  async save(user: User): Promise<void> {
    this.rows.set(user.id, {
      id: user.id,
      email: user.email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      version: user.version,
    });
  }

  async findById(id: string): Promise<User | undefined> {
    const row = this.rows.get(id);
    if (!row) return undefined;
    return new User(
      row.id,
      row.email,
      row.display_name,
      row.password_hash,
      row.version,
    );
  }
}

import { Injectable } from '@nestjs/common';

export interface User {
  id: string;
  email: string;
}

/** In-memory stand-in for the users table. Async like a real database. */
@Injectable()
export class UserStore {
  private readonly users = new Map<string, User>();

  async save(user: User): Promise<void> {
    this.users.set(user.id, { ...user });
  }

  async delete(userId: string): Promise<void> {
    this.users.delete(userId);
  }

  has(userId: string): boolean {
    return this.users.has(userId);
  }
}

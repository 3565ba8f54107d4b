import { Injectable } from '@nestjs/common';
import { Email } from '../domain/email.js';
import { EmailAlreadyTakenError } from '../domain/email-already-taken.error.js';
import { User } from '../domain/user.js';
import type { UserRepository } from '../domain/user.repository.js';

/** A stored copy of a user. Keeping copies, not the entities, makes save() mean something. */
interface StoredUser {
  id: string;
  email: string;
  displayName: string;
  status: string;
}

/**
 * The adapter unit tests use instead of Postgres. It must keep the same
 * promises as the real one, or tests that pass here prove nothing there:
 * src/users/testing/user-repository.contract.ts runs the same tests on both.
 */
@Injectable()
export class InMemoryUserRepository implements UserRepository {
  private readonly rows = new Map<string, StoredUser>();

  async findById(id: string): Promise<User | null> {
    const row = this.rows.get(id);
    return row ? restore(row) : null;
  }

  async findByEmail(email: Email): Promise<User | null> {
    const row = [...this.rows.values()].find(
      (stored) => stored.email === email.value,
    );
    return row ? restore(row) : null;
  }

  async save(user: User): Promise<void> {
    // The unique index on users.email, played by hand.
    const owner = await this.findByEmail(user.email);
    if (owner && owner.id !== user.id)
      throw new EmailAlreadyTakenError(user.email);
    this.rows.set(user.id, {
      id: user.id,
      email: user.email.value,
      displayName: user.displayName,
      status: user.status,
    });
  }
}

function restore(row: StoredUser): User {
  return User.restore({ ...row, email: Email.parse(row.email) });
}

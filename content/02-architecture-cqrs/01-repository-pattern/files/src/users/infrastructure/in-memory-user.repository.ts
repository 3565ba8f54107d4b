import { Injectable } from '@nestjs/common';
import type { Email } from '../domain/email.js';
import type { User } from '../domain/user.js';
import type { UserRepository } from '../domain/user.repository.js';

/**
 * The adapter unit tests use instead of Postgres. It must keep the same
 * promises as the real one, or tests that pass here prove nothing there:
 * src/users/testing/user-repository.contract.ts runs the same tests on both.
 */
@Injectable()
export class InMemoryUserRepository implements UserRepository {
  // TODO(task 2): keep users in memory so that the contract tests pass.
  findById(_id: string): Promise<User | null> {
    throw new Error('InMemoryUserRepository.findById is not implemented yet');
  }

  findByEmail(_email: Email): Promise<User | null> {
    throw new Error(
      'InMemoryUserRepository.findByEmail is not implemented yet',
    );
  }

  save(_user: User): Promise<void> {
    throw new Error('InMemoryUserRepository.save is not implemented yet');
  }
}

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

export class EmailAlreadyTakenError extends Error {
  constructor(email: string) {
    super(`${email} is already registered`);
    this.name = 'EmailAlreadyTakenError';
  }
}

/** The "register a user" use case. */
@Injectable()
export class RegisterUser {
  // Depends on the port; which adapter fills it is the module's decision.
  constructor(private readonly users: UserRepository) {}

  async execute(email: string): Promise<User> {
    const user = User.register(randomUUID(), email, new Date());
    if (await this.users.findByEmail(user.email)) {
      throw new EmailAlreadyTakenError(user.email);
    }
    await this.users.save(user);
    return user;
  }
}

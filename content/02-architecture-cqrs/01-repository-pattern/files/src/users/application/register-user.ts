import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Email } from '../domain/email.js';
import { EmailAlreadyTakenError } from '../domain/email-already-taken.error.js';
import { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

export interface RegisterUserInput {
  email: string;
  displayName: string;
}

/** The "register a user" use case. It only knows the port, never an adapter. */
@Injectable()
export class RegisterUser {
  constructor(private readonly users: UserRepository) {}

  async execute(input: RegisterUserInput): Promise<User> {
    const email = Email.parse(input.email);
    // A fast, friendly check. It is not enough on its own: two requests can
    // both pass it, so the repository must still refuse the second save.
    if (await this.users.findByEmail(email))
      throw new EmailAlreadyTakenError(email);
    const user = User.register(randomUUID(), email, input.displayName);
    await this.users.save(user);
    return user;
  }
}

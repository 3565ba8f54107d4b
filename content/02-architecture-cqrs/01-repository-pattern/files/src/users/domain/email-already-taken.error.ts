import type { Email } from './email.js';

/**
 * Part of the repository port's contract: every adapter reports a taken email
 * with this error, whatever its storage calls the problem (a Postgres unique
 * violation, Prisma's P2002, a key already in a Map).
 */
export class EmailAlreadyTakenError extends Error {
  constructor(readonly email: Email) {
    super(`${email.value} is already registered`);
    this.name = 'EmailAlreadyTakenError';
  }
}

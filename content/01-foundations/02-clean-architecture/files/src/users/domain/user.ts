import { BadRequestException } from '@nestjs/common';
import type { UserRecord } from '../infrastructure/user.record.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class User {
  private constructor(
    readonly id: string,
    readonly email: string,
    readonly registeredAt: Date,
  ) {}

  /** A new registration: the business rules apply here. */
  static register(id: string, email: string, now: Date): User {
    const normalised = email.trim().toLowerCase();
    if (!EMAIL.test(normalised)) {
      throw new BadRequestException(`"${email}" is not a valid email address`);
    }
    return new User(id, normalised, now);
  }

  toRecord(): UserRecord {
    return { id: this.id, email: this.email, registered_at: this.registeredAt.toISOString() };
  }

  static fromRecord(record: UserRecord): User {
    return new User(record.id, record.email, new Date(record.registered_at));
  }
}

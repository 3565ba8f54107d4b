import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Email } from '../domain/email.js';
import { EmailAlreadyTakenError } from '../domain/email-already-taken.error.js';
import type { User } from '../domain/user.js';
import type { UserRepository } from '../domain/user.repository.js';
import { toDomain, toPersistence } from './user-row.mapper.js';

/** Prisma's code for "a unique constraint refused the write". */
const UNIQUE_VIOLATION = 'P2002';

/** The production adapter: the users table, through Prisma, on Postgres. */
@Injectable()
export class PrismaUserRepository implements UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(id: string): Promise<User | null> {
    const row = await this.prisma.user.findUnique({ where: { id } });
    return row ? toDomain(row) : null;
  }

  async findByEmail(email: Email): Promise<User | null> {
    const row = await this.prisma.user.findUnique({
      where: { email: email.value },
    });
    return row ? toDomain(row) : null;
  }

  async save(user: User): Promise<void> {
    const { id, ...columns } = toPersistence(user);
    try {
      await this.prisma.user.upsert({
        where: { id },
        create: { id, ...columns },
        update: columns,
      });
    } catch (error) {
      // The unique index is the only check that holds under concurrent requests;
      // translate its refusal into the port's own error.
      if (
        error instanceof Prisma.PrismaClientKnownRequestError &&
        error.code === UNIQUE_VIOLATION
      ) {
        throw new EmailAlreadyTakenError(user.email);
      }
      throw error;
    }
  }
}

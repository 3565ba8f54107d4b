import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { Email } from '../domain/email.js';
import type { User } from '../domain/user.js';
import type { UserRepository } from '../domain/user.repository.js';

/** The production adapter: the users table, through Prisma, on Postgres. */
@Injectable()
export class PrismaUserRepository implements UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  // TODO(task 3): query this.prisma.user and map rows with user-row.mapper.ts.
  findById(_id: string): Promise<User | null> {
    throw new Error('PrismaUserRepository.findById is not implemented yet');
  }

  findByEmail(_email: Email): Promise<User | null> {
    throw new Error('PrismaUserRepository.findByEmail is not implemented yet');
  }

  save(_user: User): Promise<void> {
    throw new Error('PrismaUserRepository.save is not implemented yet');
  }
}

import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { RegisterUser } from './application/register-user.js';
import { UserRepository } from './domain/user.repository.js';
import { PrismaUserRepository } from './infrastructure/prisma-user.repository.js';

// The composition root: the one place that picks the adapter behind the port.
// Tests swap it with overrideProvider(UserRepository).
@Module({
  imports: [DatabaseModule],
  providers: [
    RegisterUser,
    { provide: UserRepository, useClass: PrismaUserRepository },
  ],
  exports: [RegisterUser],
})
export class UsersModule {}

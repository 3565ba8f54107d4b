import { Module } from '@nestjs/common';
import { UsersController } from './api/users.controller.js';
import { CreateUserHandler } from './application/create-user.handler.js';
import { PasswordHasher } from './application/password-hasher.js';
import { UserRepository } from './domain/user.repository.js';
import { InMemoryUserRepository } from './infrastructure/in-memory-user.repository.js';
import { Pbkdf2PasswordHasher } from './infrastructure/pbkdf2-password-hasher.js';

@Module({
  controllers: [UsersController],
  providers: [
    CreateUserHandler,
    // Each port is its own token: the abstract class the handler asks for.
    { provide: UserRepository, useClass: InMemoryUserRepository },
    { provide: PasswordHasher, useFactory: () => new Pbkdf2PasswordHasher() },
  ],
})
export class UsersModule {}

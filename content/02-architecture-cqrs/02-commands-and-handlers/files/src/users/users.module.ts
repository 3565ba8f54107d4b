import { Module } from '@nestjs/common';
import { UsersController } from './api/users.controller.js';
import { CreateUserHandler } from './application/create-user.handler.js';
import { InMemoryUserRepository } from './infrastructure/in-memory-user.repository.js';

@Module({
  controllers: [UsersController],
  providers: [
    CreateUserHandler,
    // The seed report's wiring: a string token named after an interface.
    { provide: 'IUserRepository', useClass: InMemoryUserRepository },
    // TODO: provide the PasswordHasher port too.
  ],
})
export class UsersModule {}

import { Module } from '@nestjs/common';
import { UsersController } from './api/users.controller.js';
import { RegisterUser } from './application/register-user.js';
import { UserRepository } from './domain/user.repository.js';
import { InMemoryUserRepository } from './infrastructure/in-memory-user.repository.js';

// The feature's composition root: the one place that knows every layer.
@Module({
  controllers: [UsersController],
  providers: [RegisterUser, { provide: UserRepository, useClass: InMemoryUserRepository }],
})
export class UsersModule {}

import { Module } from '@nestjs/common';
import { CreateUserHandler } from './application/create-user.handler.js';
import { PasswordHasher } from './application/password-hasher.js';
import { RenameUserHandler } from './application/rename-user.handler.js';
import { UserRepository } from './domain/user.repository.js';
import { InMemoryUserSummaryStore } from './infrastructure/in-memory-user-summary.store.js';
import { InMemoryUserRepository } from './infrastructure/in-memory-user.repository.js';
import { Pbkdf2PasswordHasher } from './infrastructure/pbkdf2-password-hasher.js';
import { GetUserHandler } from './queries/get-user.handler.js';
import { ListUsersHandler } from './queries/list-users.handler.js';
import { UserSummaryProjection } from './queries/user-summary.projection.js';
import { UserSummaryStore } from './queries/user-summary.store.js';

@Module({
  providers: [
    // Write side
    CreateUserHandler,
    RenameUserHandler,
    { provide: UserRepository, useClass: InMemoryUserRepository },
    { provide: PasswordHasher, useFactory: () => new Pbkdf2PasswordHasher() },
    // Read side
    UserSummaryProjection,
    GetUserHandler,
    ListUsersHandler,
    { provide: UserSummaryStore, useClass: InMemoryUserSummaryStore },
  ],
})
export class UsersModule {}

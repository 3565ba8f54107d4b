import { Module } from '@nestjs/common';
import { InMemoryUsersRepository } from './in-memory-users.repository.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  providers: [
    UsersService,
    // The abstract class is the token; the in-memory class is what Nest builds for it.
    { provide: UsersRepository, useClass: InMemoryUsersRepository },
  ],
  // The module's public API. The repository stays an internal detail.
  exports: [UsersService],
})
export class UsersModule {}

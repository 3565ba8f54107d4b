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
  // A teammate exported the repository so OrdersService could read users directly.
  exports: [UsersRepository],
})
export class UsersModule {}

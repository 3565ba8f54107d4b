import { Module } from '@nestjs/common';
import { RegisterUser } from './application/register-user.js';
import { InMemoryUserRepository } from './infrastructure/in-memory-user.repository.js';

// The seed report's wiring: the adapter is registered under a string, while
// RegisterUser asks for the UserRepository *type*. Nest cannot connect the two.
// TODO(task 1): register the adapter under the port itself.
// TODO(task 4): import DatabaseModule and bind the port to PrismaUserRepository.
@Module({
  providers: [
    RegisterUser,
    { provide: 'UserRepository', useClass: InMemoryUserRepository },
  ],
  exports: [RegisterUser],
})
export class UsersModule {}

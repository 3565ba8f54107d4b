import type { User } from './user.js';

// The port: what UsersService needs from storage. It is an abstract class, not
// an interface, so it still exists at run time and can serve as the injection token.
export abstract class UsersRepository {
  abstract findById(id: string): User | undefined;
}

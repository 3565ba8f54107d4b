import type { User } from './user.js';

// The port. An abstract class, unlike an interface, still exists at run time,
// so Nest can use it as the injection token. Infrastructure implements it.
export abstract class UserRepository {
  abstract findByEmail(email: string): Promise<User | undefined>;
  abstract save(user: User): Promise<void>;
}

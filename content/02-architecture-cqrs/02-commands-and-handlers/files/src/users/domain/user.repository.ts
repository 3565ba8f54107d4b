import type { User } from './user.js';

/**
 * The port the application layer stores users through.
 * An abstract class rather than an interface: interfaces vanish when TypeScript
 * compiles, an abstract class is still there at run time, so Nest can use it as
 * the injection token.
 */
export abstract class UserRepository {
  abstract save(user: User): Promise<void>;
  abstract findById(id: string): Promise<User | undefined>;
}

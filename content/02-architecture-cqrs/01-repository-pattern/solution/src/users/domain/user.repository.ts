import type { Email } from './email.js';
import type { User } from './user.js';

// The port. An abstract class, unlike an interface, still exists after
// compilation, so it is both the type that RegisterUser asks for and the
// runtime token Nest injects by. It has no code: adapters supply all of it.
export abstract class UserRepository {
  abstract findById(id: string): Promise<User | null>;
  abstract findByEmail(email: Email): Promise<User | null>;
  /** Inserts or updates. Throws EmailAlreadyTakenError if another user has the email. */
  abstract save(user: User): Promise<void>;
}

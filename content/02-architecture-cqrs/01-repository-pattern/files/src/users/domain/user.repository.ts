import type { Email } from './email.js';
import type { User } from './user.js';

// The port, written the way the seed report writes it: as an interface.
// TODO(task 1): an interface vanishes when TypeScript is compiled, so Nest has
// nothing to inject by. Make this port something that exists at run time.
export interface UserRepository {
  findById(id: string): Promise<User | null>;
  findByEmail(email: Email): Promise<User | null>;
  /** Inserts or updates. Throws EmailAlreadyTakenError if another user has the email. */
  save(user: User): Promise<void>;
}

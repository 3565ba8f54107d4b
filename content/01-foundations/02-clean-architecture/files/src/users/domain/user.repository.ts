import type { User } from './user.js';

// What the application needs from storage, written as in the seed report.
export interface UserRepository {
  findByEmail(email: string): Promise<User | undefined>;
  save(user: User): Promise<void>;
}

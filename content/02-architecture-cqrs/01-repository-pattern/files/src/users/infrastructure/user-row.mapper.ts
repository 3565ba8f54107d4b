import type { User } from '../domain/user.js';
import type { User as UserRow } from '../../generated/prisma/client.js';

/** What the adapter writes: the columns the domain owns (Prisma fills created_at and updated_at). */
export type UserWrite = Pick<
  UserRow,
  'id' | 'email' | 'displayName' | 'status'
>;

// TODO(task 3): translate between the users table's row and the User entity.
export function toDomain(_row: UserRow): User {
  throw new Error('toDomain is not implemented yet');
}

export function toPersistence(_user: User): UserWrite {
  throw new Error('toPersistence is not implemented yet');
}

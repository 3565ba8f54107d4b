import { Email } from '../domain/email.js';
import { User } from '../domain/user.js';
import type { User as UserRow } from '../../generated/prisma/client.js';

/** What the adapter writes: the columns the domain owns (Prisma fills created_at and updated_at). */
export type UserWrite = Pick<
  UserRow,
  'id' | 'email' | 'displayName' | 'status'
>;

// Rows and entities meet here and nowhere else: the rest of the app never sees
// a row, and the entity never learns a column name.
export function toDomain(row: UserRow): User {
  return User.restore({
    id: row.id,
    email: Email.parse(row.email),
    displayName: row.displayName,
    status: row.status,
  });
}

export function toPersistence(user: User): UserWrite {
  return {
    id: user.id,
    email: user.email.value,
    displayName: user.displayName,
    status: user.status,
  };
}

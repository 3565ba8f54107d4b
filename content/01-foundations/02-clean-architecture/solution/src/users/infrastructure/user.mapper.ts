import { User } from '../domain/user.js';
import type { UserRecord } from './user.record.js';

// Translating between the table's shape and the entity belongs with the table.
export function toRecord(user: User): UserRecord {
  return { id: user.id, email: user.email, registered_at: user.registeredAt.toISOString() };
}

export function toDomain(record: UserRecord): User {
  return User.restore(record.id, record.email, new Date(record.registered_at));
}

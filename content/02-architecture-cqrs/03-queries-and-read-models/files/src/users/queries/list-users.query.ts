import { Query } from '@nestjs/cqrs';
import type { UserPage } from './user-summary.js';

export const MAX_PAGE_SIZE = 100;

/** One page of users ordered by display name: `limit` items after skipping `offset`. */
export class ListUsersQuery extends Query<UserPage> {
  constructor(
    readonly limit = 20,
    readonly offset = 0,
  ) {
    super();
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new RangeError(
        `limit must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${limit}`,
      );
    }
    if (!Number.isInteger(offset) || offset < 0) {
      throw new RangeError(`offset must be a whole number, got ${offset}`);
    }
  }
}

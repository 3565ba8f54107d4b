import type { UserSummary } from './user-summary.js';

/**
 * The port to the read store. In production it might be another table, a
 * Redis hash or a search index, separate from the users table the write side
 * owns.
 */
export abstract class UserSummaryStore {
  abstract get(id: string): Promise<UserSummary | undefined>;
  abstract put(summary: UserSummary): Promise<void>;
  /** Every summary, in no particular order. */
  abstract all(): Promise<UserSummary[]>;
}

import { Query } from '@nestjs/cqrs';
import type { UserSummary } from './user-summary.js';

/** Resolves to the user's summary, or null when the read model has no such user (yet). */
export class GetUserQuery extends Query<UserSummary | null> {
  constructor(readonly userId: string) {
    super();
  }
}

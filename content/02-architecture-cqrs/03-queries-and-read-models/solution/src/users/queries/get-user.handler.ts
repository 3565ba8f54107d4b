import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetUserQuery } from './get-user.query.js';
import type { UserSummary } from './user-summary.js';
import { UserSummaryStore } from './user-summary.store.js';

/** Reads the read model only: never the users table the write side owns. */
@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(private readonly summaries: UserSummaryStore) {}

  async execute(query: GetUserQuery): Promise<UserSummary | null> {
    return (await this.summaries.get(query.userId)) ?? null;
  }
}

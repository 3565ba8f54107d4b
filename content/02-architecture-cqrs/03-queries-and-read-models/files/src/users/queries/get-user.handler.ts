import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetUserQuery } from './get-user.query.js';
import type { UserSummary } from './user-summary.js';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  // TODO: inject the port this handler should read from.

  async execute(query: GetUserQuery): Promise<UserSummary | null> {
    throw new Error(`GetUserHandler is not written yet (${query.userId})`);
  }
}

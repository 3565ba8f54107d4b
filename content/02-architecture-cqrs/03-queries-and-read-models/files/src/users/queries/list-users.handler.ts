import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ListUsersQuery } from './list-users.query.js';
import type { UserPage } from './user-summary.js';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  // TODO: inject the port this handler should read from.

  async execute(query: ListUsersQuery): Promise<UserPage> {
    throw new Error(
      `ListUsersHandler is not written yet (limit ${query.limit})`,
    );
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ListUsersQuery } from './list-users.query.js';
import type { UserPage, UserSummary } from './user-summary.js';
import { UserSummaryStore } from './user-summary.store.js';

// Base sensitivity: "ada", "Ada" and "Àda" compare equal, as a reader expects.
const names = new Intl.Collator('en', { sensitivity: 'base' });

function byDisplayNameThenId(a: UserSummary, b: UserSummary): number {
  // The id breaks ties, so equal names keep one order from page to page.
  return names.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1);
}

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly summaries: UserSummaryStore) {}

  async execute({ limit, offset }: ListUsersQuery): Promise<UserPage> {
    // In memory, sorting here is fine. With a database, push this into the
    // store as ORDER BY display_name, id LIMIT .. OFFSET .., backed by an index.
    const all = (await this.summaries.all()).sort(byDisplayNameThenId);
    return { items: all.slice(offset, offset + limit), total: all.length };
  }
}

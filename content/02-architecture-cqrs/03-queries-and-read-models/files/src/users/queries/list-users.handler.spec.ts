import { Test } from '@nestjs/testing';
import { InMemoryUserSummaryStore } from '../infrastructure/in-memory-user-summary.store.js';
import { ListUsersHandler } from './list-users.handler.js';
import { ListUsersQuery } from './list-users.query.js';
import type { UserSummary } from './user-summary.js';
import { UserSummaryStore } from './user-summary.store.js';

/** The port promises no order, so this store flips its order on every call, as a database may. */
class UnorderedStore extends InMemoryUserSummaryStore {
  private calls = 0;

  override async all(): Promise<UserSummary[]> {
    const rows = await super.all();
    return this.calls++ % 2 === 0 ? rows : rows.reverse();
  }
}

// Neither alphabetical nor in code-unit order, and with two users named alike.
const NAMES = ['zoë', 'Sam', 'Émile', 'bob', 'Ada', 'Sam'];

describe('ListUsersHandler', () => {
  let handler: ListUsersHandler;

  beforeEach(async () => {
    const summaries = new UnorderedStore();
    for (const [index, displayName] of NAMES.entries()) {
      const id = `user-${index}`;
      await summaries.put({
        id,
        email: `${id}@example.com`,
        displayName,
        renameCount: 0,
        version: 1,
      });
    }
    // Only the read store is provided, as for GetUser.
    const moduleRef = await Test.createTestingModule({
      providers: [
        ListUsersHandler,
        { provide: UserSummaryStore, useValue: summaries },
      ],
    }).compile();
    handler = moduleRef.get(ListUsersHandler);
  });

  it('orders users by display name, ignoring case and accents', async () => {
    const page = await handler.execute(new ListUsersQuery(10));

    expect(page.items.map((user) => user.displayName)).toEqual([
      'Ada',
      'bob',
      'Émile',
      'Sam',
      'Sam',
      'zoë',
    ]);
  });

  it('pages without gaps or repeats, even between equal names', async () => {
    const everyone = (await handler.execute(new ListUsersQuery(10))).items;
    const paged: UserSummary[] = [];
    for (let offset = 0; offset < NAMES.length; offset += 2) {
      paged.push(
        ...(await handler.execute(new ListUsersQuery(2, offset))).items,
      );
    }

    expect(paged.map((user) => user.id)).toEqual(
      everyone.map((user) => user.id),
    );
  });

  it('reports the total across all pages', async () => {
    const page = await handler.execute(new ListUsersQuery(2, 4));

    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(NAMES.length);
  });
});

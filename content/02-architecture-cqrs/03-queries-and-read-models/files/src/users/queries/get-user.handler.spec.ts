import { Test } from '@nestjs/testing';
import { InMemoryUserSummaryStore } from '../infrastructure/in-memory-user-summary.store.js';
import { GetUserHandler } from './get-user.handler.js';
import { GetUserQuery } from './get-user.query.js';
import type { UserSummary } from './user-summary.js';
import { UserSummaryStore } from './user-summary.store.js';

const ada: UserSummary = {
  id: 'user-ada',
  email: 'ada@example.com',
  displayName: 'Ada King',
  renameCount: 1,
  version: 2,
};

describe('GetUserHandler', () => {
  let handler: GetUserHandler;

  beforeEach(async () => {
    const summaries = new InMemoryUserSummaryStore();
    await summaries.put(ada);
    // Only the read store is provided: a handler that asks for the write
    // side's UserRepository can't even be built.
    const moduleRef = await Test.createTestingModule({
      providers: [
        GetUserHandler,
        { provide: UserSummaryStore, useValue: summaries },
      ],
    }).compile();
    handler = moduleRef.get(GetUserHandler);
  });

  it('returns the summary from the read model', async () => {
    expect(await handler.execute(new GetUserQuery('user-ada'))).toEqual(ada);
  });

  it('returns null for a user the read model does not have', async () => {
    expect(await handler.execute(new GetUserQuery('user-nobody'))).toBeNull();
  });
});

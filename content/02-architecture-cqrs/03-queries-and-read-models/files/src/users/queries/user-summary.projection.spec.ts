import { UserCreatedEvent } from '../domain/user-created.event.js';
import { UserRenamedEvent } from '../domain/user-renamed.event.js';
import { InMemoryUserSummaryStore } from '../infrastructure/in-memory-user-summary.store.js';
import { UserSummaryProjection } from './user-summary.projection.js';

const ADA = 'user-ada';

describe('UserSummaryProjection', () => {
  let store: InMemoryUserSummaryStore;
  let projection: UserSummaryProjection;

  beforeEach(() => {
    store = new InMemoryUserSummaryStore();
    projection = new UserSummaryProjection(store);
  });

  it('creates a summary with no renames from UserCreated', async () => {
    await projection.handle(
      new UserCreatedEvent(ADA, 'ada@example.com', 'Ada', 1),
    );

    expect(await store.get(ADA)).toEqual({
      id: ADA,
      email: 'ada@example.com',
      displayName: 'Ada',
      renameCount: 0,
      version: 1,
    });
  });

  it('takes the new name and counts each UserRenamed', async () => {
    await projection.handle(
      new UserCreatedEvent(ADA, 'ada@example.com', 'Ada', 1),
    );
    await projection.handle(new UserRenamedEvent(ADA, 'Ada King', 2));
    await projection.handle(
      new UserRenamedEvent(ADA, 'Countess of Lovelace', 3),
    );

    expect(await store.get(ADA)).toMatchObject({
      displayName: 'Countess of Lovelace',
      renameCount: 2,
      version: 3,
    });
  });

  // Brokers deliver at least once, and a rebuild replays history: the same
  // event can arrive twice, as a new object with the same content.
  it('counts a redelivered UserRenamed once', async () => {
    await projection.handle(
      new UserCreatedEvent(ADA, 'ada@example.com', 'Ada', 1),
    );
    await projection.handle(new UserRenamedEvent(ADA, 'Ada King', 2));
    await projection.handle(new UserRenamedEvent(ADA, 'Ada King', 2));

    expect(await store.get(ADA)).toMatchObject({ renameCount: 1, version: 2 });
  });

  it('ignores a replayed UserCreated that would undo later changes', async () => {
    await projection.handle(
      new UserCreatedEvent(ADA, 'ada@example.com', 'Ada', 1),
    );
    await projection.handle(new UserRenamedEvent(ADA, 'Ada King', 2));
    await projection.handle(
      new UserCreatedEvent(ADA, 'ada@example.com', 'Ada', 1),
    );

    expect(await store.get(ADA)).toMatchObject({
      displayName: 'Ada King',
      renameCount: 1,
      version: 2,
    });
  });
});

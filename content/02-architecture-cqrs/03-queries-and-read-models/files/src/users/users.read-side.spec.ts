import { CommandBus, CqrsModule, QueryBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { CreateUserCommand } from './application/create-user.command.js';
import { PasswordHasher } from './application/password-hasher.js';
import { RenameUserCommand } from './application/rename-user.command.js';
import { InMemoryUserSummaryStore } from './infrastructure/in-memory-user-summary.store.js';
import { Pbkdf2PasswordHasher } from './infrastructure/pbkdf2-password-hasher.js';
import { GetUserQuery } from './queries/get-user.query.js';
import type { UserSummary } from './queries/user-summary.js';
import { UserSummaryStore } from './queries/user-summary.store.js';
import { UsersModule } from './users.module.js';

/** A read store that lags, like a projection fed from a queue: writes wait for release(). */
class LaggingUserSummaryStore extends InMemoryUserSummaryStore {
  private caughtUp!: () => void;
  private readonly lag = new Promise<void>(
    (resolve) => (this.caughtUp = resolve),
  );

  release(): void {
    this.caughtUp();
  }

  override async put(summary: UserSummary): Promise<void> {
    await this.lag;
    await super.put(summary);
  }
}

async function startUsersModule(
  summaries: UserSummaryStore,
): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot(), UsersModule],
  })
    .overrideProvider(PasswordHasher)
    .useValue(new Pbkdf2PasswordHasher(1_000))
    .overrideProvider(UserSummaryStore)
    .useValue(summaries)
    .compile();
  return moduleRef.init();
}

describe('Users read side through the buses', () => {
  let moduleRef: TestingModule | undefined;

  afterEach(() => moduleRef?.close());

  it('answers GetUser from the summary, renames counted, no password hash', async () => {
    moduleRef = await startUsersModule(new InMemoryUserSummaryStore());
    const commands = moduleRef.get(CommandBus);
    const queries = moduleRef.get(QueryBus);

    const { id } = await commands.execute(
      new CreateUserCommand(
        'ada@example.com',
        'Ada',
        'a long enough passphrase',
      ),
    );
    const { version } = await commands.execute(
      new RenameUserCommand(id, 'Ada King'),
    );

    // Even in one process, the projection finishes a moment after the command.
    await vi.waitFor(async () => {
      expect(await queries.execute(new GetUserQuery(id))).toEqual({
        id,
        email: 'ada@example.com',
        displayName: 'Ada King',
        renameCount: 1,
        version,
      });
    });
  });

  it('can be stale right after a write, until the projection catches up', async () => {
    const summaries = new LaggingUserSummaryStore();
    moduleRef = await startUsersModule(summaries);
    const commands = moduleRef.get(CommandBus);
    const queries = moduleRef.get(QueryBus);

    const { id } = await commands.execute(
      new CreateUserCommand(
        'ada@example.com',
        'Ada',
        'a long enough passphrase',
      ),
    );

    // The write has committed: the user exists. The read model doesn't know yet.
    expect(await queries.execute(new GetUserQuery(id))).toBeNull();

    summaries.release();
    await vi.waitFor(async () => {
      expect(await queries.execute(new GetUserQuery(id))).toMatchObject({
        id,
        displayName: 'Ada',
      });
    });
  });
});

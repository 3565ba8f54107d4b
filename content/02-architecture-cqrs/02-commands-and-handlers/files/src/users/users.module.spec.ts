import { Test, type TestingModule } from '@nestjs/testing';
import { CommandBus, CqrsModule, EventBus, ofType } from '@nestjs/cqrs';
import { CreateUserCommand } from './application/create-user.command.js';
import { PasswordHasher } from './application/password-hasher.js';
import { UserCreatedEvent } from './domain/user-created.event.js';
import { UserRepository } from './domain/user.repository.js';
import { InMemoryUserRepository } from './infrastructure/in-memory-user.repository.js';
import { Pbkdf2PasswordHasher } from './infrastructure/pbkdf2-password-hasher.js';
import { UsersModule } from './users.module.js';

const PASSWORD = 'a long and perfectly memorable passphrase';
const fastHasher = new Pbkdf2PasswordHasher(1_000);

describe('CreateUserCommand through the real CommandBus', () => {
  let moduleRef: TestingModule;
  const published: UserCreatedEvent[] = [];

  beforeEach(async () => {
    published.length = 0;
    moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot(), UsersModule],
    })
      // Overrides a provider by the same token the module registers it under.
      .overrideProvider(PasswordHasher)
      .useValue(fastHasher)
      .compile();
    // init() runs onApplicationBootstrap, where CqrsModule registers the handlers.
    await moduleRef.init();
    moduleRef
      .get(EventBus)
      .pipe(ofType(UserCreatedEvent))
      .subscribe((event) => published.push(event));
  });

  afterEach(() => moduleRef?.close());

  it('resolves the UserRepository port to the in-memory adapter', () => {
    expect(moduleRef.get(UserRepository)).toBeInstanceOf(
      InMemoryUserRepository,
    );
  });

  it('stores a user whose hash verifies against the password', async () => {
    const { id } = await moduleRef
      .get(CommandBus)
      .execute(new CreateUserCommand('ada@example.com', 'Ada', PASSWORD));

    const stored = await moduleRef.get(UserRepository).findById(id);
    expect(stored).toMatchObject({
      id,
      email: 'ada@example.com',
      displayName: 'Ada',
    });
    expect(stored?.passwordHash).not.toContain(PASSWORD);
    expect(await fastHasher.verify(PASSWORD, stored?.passwordHash ?? '')).toBe(
      true,
    );
  });

  it('publishes one UserCreatedEvent on the EventBus for the stored user', async () => {
    const { id } = await moduleRef
      .get(CommandBus)
      .execute(new CreateUserCommand('ada@example.com', 'Ada', PASSWORD));

    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      userId: id,
      email: 'ada@example.com',
      displayName: 'Ada',
    });
  });
});

import { Test } from '@nestjs/testing';
import { EventBus } from '@nestjs/cqrs';
import type { User } from '../domain/user.js';
import { UserCreatedEvent } from '../domain/user-created.event.js';
import { UserRepository } from '../domain/user.repository.js';
import { CreateUserCommand } from './create-user.command.js';
import { CreateUserHandler } from './create-user.handler.js';
import { PasswordHasher } from './password-hasher.js';

const PASSWORD = 'a long and perfectly memorable passphrase';
const HASH = 'pbkdf2-sha256$1$c2FsdA==$a2V5';
const command = new CreateUserCommand(
  'ada@example.com',
  'Ada Lovelace',
  PASSWORD,
);

describe('CreateUserHandler', () => {
  let handler: CreateUserHandler;
  const users = {
    save: vi.fn<(user: User) => Promise<void>>(),
    findById: vi.fn(),
  };
  const hasher = {
    hash: vi.fn(async (_password: string) => HASH),
    verify: vi.fn(),
  };
  const eventBus = { publish: vi.fn() };

  beforeEach(async () => {
    vi.clearAllMocks();
    users.save.mockResolvedValue(undefined);
    // The providers are keyed by the ports' abstract classes, as in the real module.
    const moduleRef = await Test.createTestingModule({
      providers: [
        CreateUserHandler,
        { provide: UserRepository, useValue: users },
        { provide: PasswordHasher, useValue: hasher },
        { provide: EventBus, useValue: eventBus },
      ],
    }).compile();
    handler = moduleRef.get(CreateUserHandler);
  });

  it('hands the repository a hash, never the raw password', async () => {
    const result = await handler.execute(command);

    expect(hasher.hash).toHaveBeenCalledWith(PASSWORD);
    expect(users.save).toHaveBeenCalledTimes(1);
    const saved = users.save.mock.calls[0][0];
    expect(saved.passwordHash).toBe(HASH);
    expect(JSON.stringify(saved)).not.toContain(PASSWORD);
    expect(result).toEqual({ id: saved.id });
  });

  it('publishes UserCreatedEvent only after save resolves', async () => {
    let finishSave!: () => void;
    users.save.mockImplementation(
      () => new Promise<void>((resolve) => (finishSave = resolve)),
    );

    const running = handler.execute(command);
    await vi.waitFor(() => expect(users.save).toHaveBeenCalled());
    expect(eventBus.publish).not.toHaveBeenCalled();

    finishSave();
    await running;
    expect(eventBus.publish).toHaveBeenCalledTimes(1);
    const [event] = eventBus.publish.mock.calls[0];
    expect(event).toBeInstanceOf(UserCreatedEvent);
    expect(event).toMatchObject({
      userId: users.save.mock.calls[0][0].id,
      email: 'ada@example.com',
    });
  });

  it('publishes nothing and rethrows when save fails', async () => {
    const failure = new Error('database unavailable');
    users.save.mockRejectedValue(failure);

    await expect(handler.execute(command)).rejects.toBe(failure);
    expect(eventBus.publish).not.toHaveBeenCalled();
  });

  it('puts neither the password nor its hash in the event', async () => {
    await handler.execute(command);

    const published = JSON.stringify(eventBus.publish.mock.calls);
    expect(published).not.toContain(PASSWORD);
    expect(published).not.toContain(HASH);
  });
});

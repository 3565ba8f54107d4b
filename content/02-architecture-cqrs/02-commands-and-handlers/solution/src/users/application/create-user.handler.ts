import { randomUUID } from 'node:crypto';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { User } from '../domain/user.js';
import { UserCreatedEvent } from '../domain/user-created.event.js';
import { UserRepository } from '../domain/user.repository.js';
import { CreateUserCommand } from './create-user.command.js';
import { PasswordHasher } from './password-hasher.js';

@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  // Value imports, not `import type`: decorator metadata needs the classes at run time.
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly eventBus: EventBus,
  ) {}

  async execute(command: CreateUserCommand): Promise<{ id: string }> {
    // Hash first: past this line only the hash travels.
    const passwordHash = await this.hasher.hash(command.password);
    const user = new User(
      randomUUID(),
      command.email,
      command.displayName,
      passwordHash,
    );
    // Awaited: if the save fails, its error leaves here and no event announces a
    // user who was never stored.
    await this.users.save(user);
    this.eventBus.publish(
      new UserCreatedEvent(user.id, user.email, user.displayName),
    );
    // An id, not the User: the caller gets no hash to leak.
    return { id: user.id };
  }
}

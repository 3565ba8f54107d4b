import { randomUUID } from 'node:crypto';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { User } from '../domain/user.js';
import { UserCreatedEvent } from '../domain/user-created.event.js';
import { UserRepository } from '../domain/user.repository.js';
import { CreateUserCommand } from './create-user.command.js';
import { PasswordHasher } from './password-hasher.js';

/** The write side from the previous lesson: hash, save, then publish. */
@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly eventBus: EventBus,
  ) {}

  async execute(command: CreateUserCommand): Promise<{ id: string }> {
    const passwordHash = await this.hasher.hash(command.password);
    const user = new User(
      randomUUID(),
      command.email,
      command.displayName,
      passwordHash,
    );
    await this.users.save(user);
    this.eventBus.publish(
      new UserCreatedEvent(user.id, user.email, user.displayName, user.version),
    );
    return { id: user.id };
  }
}

import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
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
    // TODO:
    // 1. hash command.password;
    // 2. save a User (../domain/user.js) that holds the hash;
    // 3. once the save has succeeded, publish a UserCreatedEvent;
    // 4. return the new user's id.
    throw new Error(`CreateUserHandler is not written yet (${command.email})`);
  }
}

import { CommandHandler, EventBus, ICommandHandler } from '@nestjs/cqrs';
import { UserCreatedEvent } from '../events/user-created.event.js';
import { UserStore } from '../user-store.js';
import { RegisterUserCommand } from './register-user.command.js';

@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(
    private readonly users: UserStore,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ userId, email }: RegisterUserCommand): Promise<void> {
    await this.users.save({ id: userId, email });
    // Published only after the write succeeded: the saga must never start a
    // profile for a user that was not stored.
    this.eventBus.publish(new UserCreatedEvent(userId, email));
  }
}

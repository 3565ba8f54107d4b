import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserStore } from '../user-store.js';
import { DeleteUserCommand } from './delete-user.command.js';

@CommandHandler(DeleteUserCommand)
export class DeleteUserHandler implements ICommandHandler<DeleteUserCommand> {
  constructor(private readonly users: UserStore) {}

  async execute({ userId }: DeleteUserCommand): Promise<void> {
    // Idempotent on purpose: a compensation may be delivered twice, and
    // deleting a user who is already gone must not fail.
    await this.users.delete(userId);
  }
}

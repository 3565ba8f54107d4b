import { NotFoundException } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { UserRenamedEvent } from '../domain/user-renamed.event.js';
import { UserRepository } from '../domain/user.repository.js';
import { RenameUserCommand } from './rename-user.command.js';

@CommandHandler(RenameUserCommand)
export class RenameUserHandler implements ICommandHandler<RenameUserCommand> {
  constructor(
    private readonly users: UserRepository,
    private readonly eventBus: EventBus,
  ) {}

  async execute(command: RenameUserCommand): Promise<{ version: number }> {
    const user = await this.users.findById(command.userId);
    if (!user) {
      throw new NotFoundException(`User ${command.userId} not found`);
    }
    user.rename(command.displayName);
    await this.users.save(user);
    this.eventBus.publish(
      new UserRenamedEvent(user.id, user.displayName, user.version),
    );
    return { version: user.version };
  }
}

import { CommandHandler, EventBus, ICommandHandler } from '@nestjs/cqrs';
import { ProfileCreationFailedEvent } from '../events/profile-creation-failed.event.js';
import { ProfileStore } from '../profile-store.js';
import { CreateProfileCommand } from './create-profile.command.js';

@CommandHandler(CreateProfileCommand)
export class CreateProfileHandler implements ICommandHandler<CreateProfileCommand> {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ userId, email }: CreateProfileCommand): Promise<void> {
    try {
      await this.profiles.create({ userId, displayName: email.split('@')[0] });
    } catch (error) {
      // The failure becomes an event the saga can react to. It is handled
      // now, so it is not rethrown: the bus would only log it as unhandled.
      const reason = error instanceof Error ? error.message : String(error);
      this.eventBus.publish(new ProfileCreationFailedEvent(userId, reason));
    }
  }
}

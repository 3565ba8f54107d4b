import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProfileStore } from '../profile-store.js';
import { CreateProfileCommand } from './create-profile.command.js';

@CommandHandler(CreateProfileCommand)
export class CreateProfileHandler implements ICommandHandler<CreateProfileCommand> {
  constructor(private readonly profiles: ProfileStore) {}

  async execute({ userId, email }: CreateProfileCommand): Promise<void> {
    // TODO (task 2): when the store fails, nobody hears about it. This command
    // runs inside the command bus, so a thrown error never reaches a saga.
    // Report the failure as a ProfileCreationFailedEvent instead.
    await this.profiles.create({ userId, displayName: email.split('@')[0] });
  }
}

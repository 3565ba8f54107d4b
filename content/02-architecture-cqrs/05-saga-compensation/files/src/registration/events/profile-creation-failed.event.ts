import { IEvent } from '@nestjs/cqrs';

/**
 * The failure of CreateProfileCommand, turned into a fact the rest of the
 * system can react to. A thrown error would stay inside the command bus.
 */
export class ProfileCreationFailedEvent implements IEvent {
  constructor(
    readonly userId: string,
    readonly reason: string,
  ) {}
}

import { Command } from '@nestjs/cqrs';

/** The compensating command: undoes RegisterUserCommand. */
export class DeleteUserCommand extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}

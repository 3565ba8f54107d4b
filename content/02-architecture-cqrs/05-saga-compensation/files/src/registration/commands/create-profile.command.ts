import { Command } from '@nestjs/cqrs';

export class CreateProfileCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly email: string,
  ) {
    super();
  }
}

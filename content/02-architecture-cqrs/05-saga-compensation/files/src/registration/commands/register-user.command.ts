import { Command } from '@nestjs/cqrs';

export class RegisterUserCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly email: string,
  ) {
    super();
  }
}

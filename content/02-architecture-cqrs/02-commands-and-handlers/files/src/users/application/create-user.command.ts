import { Command } from '@nestjs/cqrs';

/**
 * The intent to register a user. Extending Command<{ id: string }> types what
 * CommandBus.execute() resolves to. It carries the raw password, so the handler
 * must hash it before anything else sees it.
 */
export class CreateUserCommand extends Command<{ id: string }> {
  constructor(
    readonly email: string,
    readonly displayName: string,
    readonly password: string,
  ) {
    super();
  }
}

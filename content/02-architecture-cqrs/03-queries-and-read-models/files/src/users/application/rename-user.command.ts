import { Command } from '@nestjs/cqrs';

/** Resolves to the user's new version, so a caller can wait for the read model to reach it. */
export class RenameUserCommand extends Command<{ version: number }> {
  constructor(
    readonly userId: string,
    readonly displayName: string,
  ) {
    super();
  }
}

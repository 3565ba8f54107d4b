import { IEvent } from '@nestjs/cqrs';

/** Published by RegisterUserHandler once the user is saved. */
export class UserCreatedEvent implements IEvent {
  constructor(
    readonly userId: string,
    readonly email: string,
  ) {}
}

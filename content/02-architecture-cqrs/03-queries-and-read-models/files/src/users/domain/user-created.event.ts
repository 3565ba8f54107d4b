/** Published once a user is stored. `version` is the user's version after the change: 1. */
export class UserCreatedEvent {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly displayName: string,
    readonly version: number,
  ) {}
}

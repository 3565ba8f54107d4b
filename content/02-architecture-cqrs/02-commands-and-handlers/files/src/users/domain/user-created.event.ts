/**
 * Published once a user is stored. Events travel to other modules, logs and
 * brokers, so this one carries what subscribers need and no secret: neither the
 * password nor its hash.
 */
export class UserCreatedEvent {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly displayName: string,
  ) {}
}

/** Published once a new display name is stored. `version` is the user's version after the change. */
export class UserRenamedEvent {
  constructor(
    readonly userId: string,
    readonly displayName: string,
    readonly version: number,
  ) {}
}

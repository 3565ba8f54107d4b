/**
 * The write model: shaped to enforce rules, not to be displayed. `version`
 * counts the changes made to this user; every event carries the version it
 * produced.
 */
export class User {
  constructor(
    readonly id: string,
    readonly email: string,
    public displayName: string,
    readonly passwordHash: string,
    public version = 1,
  ) {}

  rename(displayName: string): void {
    if (displayName.trim() === '') {
      throw new Error('A display name must not be empty');
    }
    this.displayName = displayName;
    this.version += 1;
  }
}

import type { Email } from './email.js';

export type UserStatus = 'active' | 'suspended';
const STATUSES: readonly string[] = [
  'active',
  'suspended',
] satisfies UserStatus[];

export interface RestoredUser {
  id: string;
  email: Email;
  displayName: string;
  status: string;
}

/** A user of the product. It knows its rules, not how or where it is stored. */
export class User {
  private constructor(
    readonly id: string,
    private _email: Email,
    private _displayName: string,
    private _status: UserStatus,
  ) {}

  /** A new registration: the business rules apply. */
  static register(id: string, email: Email, displayName: string): User {
    return new User(id, email, User.checkName(displayName), 'active');
  }

  /**
   * Rebuilds a user from storage. It trusts rules that held when the user was
   * saved, but refuses data the domain cannot represent, such as a status
   * written by some other program.
   */
  static restore({ id, email, displayName, status }: RestoredUser): User {
    if (!STATUSES.includes(status)) {
      throw new Error(`User ${id} has the unknown status "${status}"`);
    }
    return new User(id, email, displayName, status as UserStatus);
  }

  get email(): Email {
    return this._email;
  }

  get displayName(): string {
    return this._displayName;
  }

  get status(): UserStatus {
    return this._status;
  }

  get isActive(): boolean {
    return this._status === 'active';
  }

  rename(displayName: string): void {
    this._displayName = User.checkName(displayName);
  }

  suspend(): void {
    if (this._status === 'suspended')
      throw new Error(`User ${this.id} is already suspended`);
    this._status = 'suspended';
  }

  private static checkName(displayName: string): string {
    const name = displayName.trim();
    if (name.length === 0 || name.length > 80) {
      throw new Error('A display name has 1 to 80 characters');
    }
    return name;
  }
}

/** A registered user as the domain sees it: it holds a password hash, never the password. */
export class User {
  constructor(
    readonly id: string,
    readonly email: string,
    readonly displayName: string,
    readonly passwordHash: string,
  ) {}
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A business rule was broken. Plain TypeScript: no framework, no HTTP. */
export class InvalidEmailError extends Error {
  constructor(email: string) {
    super(`"${email}" is not a valid email address`);
    this.name = 'InvalidEmailError';
  }
}

export class User {
  private constructor(
    readonly id: string,
    readonly email: string,
    readonly registeredAt: Date,
  ) {}

  /** A new registration: the business rules apply here. */
  static register(id: string, email: string, now: Date): User {
    const normalised = email.trim().toLowerCase();
    if (!EMAIL.test(normalised)) throw new InvalidEmailError(email);
    return new User(id, normalised, now);
  }

  /** Rebuilds a user that was valid when it was saved, for repositories. */
  static restore(id: string, email: string, registeredAt: Date): User {
    return new User(id, email, registeredAt);
  }
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class InvalidEmailError extends Error {
  constructor(raw: string) {
    super(`"${raw}" is not a valid email address`);
    this.name = 'InvalidEmailError';
  }
}

/**
 * A value object: an Email is valid by construction, normalised once, and two
 * Emails with the same address are equal. Code that holds an Email never has
 * to re-check or re-normalise a string.
 */
export class Email {
  private constructor(readonly value: string) {}

  static parse(raw: string): Email {
    const value = raw.trim().toLowerCase();
    if (!EMAIL_PATTERN.test(value)) throw new InvalidEmailError(raw);
    return new Email(value);
  }

  equals(other: Email): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }
}

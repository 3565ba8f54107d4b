/** The port for one-way password hashing. An abstract class, so it can be the injection token. */
export abstract class PasswordHasher {
  /** Returns a self-describing hash string: algorithm, cost, salt and key. */
  abstract hash(password: string): Promise<string>;
  /** True when `password` is the one `storedHash` was made from. */
  abstract verify(password: string, storedHash: string): Promise<boolean>;
}

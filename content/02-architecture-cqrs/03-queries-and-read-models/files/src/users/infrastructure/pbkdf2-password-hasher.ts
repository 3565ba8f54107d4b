import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { PasswordHasher } from '../application/password-hasher.js';

const derive = promisify(pbkdf2);
const SCHEME = 'pbkdf2-sha256';
const DIGEST = 'sha256';
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 from node:crypto: pure Node, so it
 * runs where native addons such as bcrypt can't (a WebContainer, for one).
 *
 * Stored format: pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>
 */
export class Pbkdf2PasswordHasher implements PasswordHasher {
  /** OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256. */
  static readonly DEFAULT_ITERATIONS = 600_000;

  constructor(
    private readonly iterations = Pbkdf2PasswordHasher.DEFAULT_ITERATIONS,
  ) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(
      normalise(password),
      salt,
      this.iterations,
      KEY_BYTES,
      DIGEST,
    );
    return [
      SCHEME,
      this.iterations,
      salt.toString('base64'),
      key.toString('base64'),
    ].join('$');
  }

  async verify(password: string, storedHash: string): Promise<boolean> {
    const [scheme, iterationsText, saltText, keyText] = storedHash.split('$');
    const iterations = Number(iterationsText);
    if (
      scheme !== SCHEME ||
      !Number.isSafeInteger(iterations) ||
      iterations < 1 ||
      !saltText ||
      !keyText
    ) {
      throw new Error(
        `Unrecognised password hash: expected ${SCHEME}$<iterations>$<salt>$<key>`,
      );
    }
    // The cost comes from the stored hash, so raising DEFAULT_ITERATIONS later
    // still verifies every hash made before.
    const expected = Buffer.from(keyText, 'base64');
    const actual = await derive(
      normalise(password),
      Buffer.from(saltText, 'base64'),
      iterations,
      expected.length,
      DIGEST,
    );
    return timingSafeEqual(actual, expected);
  }
}

/** NIST SP 800-63B: normalise Unicode first, so "é" typed as one or two code points is one password. */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

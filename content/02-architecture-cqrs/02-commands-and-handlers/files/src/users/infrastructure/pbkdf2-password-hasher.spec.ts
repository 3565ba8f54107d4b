import { Pbkdf2PasswordHasher } from './pbkdf2-password-hasher.js';

// Few iterations keep the spec fast; production uses DEFAULT_ITERATIONS.
const hasher = new Pbkdf2PasswordHasher(1_000);
const PASSPHRASE = 'correct horse battery staple, then some more words';

describe('Pbkdf2PasswordHasher', () => {
  it('salts every hash, so one password never hashes the same way twice', async () => {
    const first = await hasher.hash(PASSPHRASE);
    const second = await hasher.hash(PASSPHRASE);

    expect(first).not.toContain(PASSPHRASE);
    expect(first).toMatch(/^pbkdf2-sha256\$1000\$[^$]+\$[^$]+$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hasher.hash(PASSPHRASE);

    expect(await hasher.verify(PASSPHRASE, stored)).toBe(true);
    expect(await hasher.verify(`${PASSPHRASE}!`, stored)).toBe(false);
    expect(await hasher.verify(PASSPHRASE.slice(0, 20), stored)).toBe(false);
  });

  it('verifies a hash made with another iteration count', async () => {
    const storedWithOldCost = await new Pbkdf2PasswordHasher(2_000).hash(
      PASSPHRASE,
    );

    expect(await hasher.verify(PASSPHRASE, storedWithOldCost)).toBe(true);
  });

  it('treats a composed and a decomposed accent as the same password', async () => {
    const composed = 'crème brûlée for everyone'; // é and û as single code points
    const decomposed = composed.normalize('NFD'); // e + U+0301, u + U+0302
    expect(decomposed).not.toBe(composed);

    expect(await hasher.verify(decomposed, await hasher.hash(composed))).toBe(
      true,
    );
  });
});

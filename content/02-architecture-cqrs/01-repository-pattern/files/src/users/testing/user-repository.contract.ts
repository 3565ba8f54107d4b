import { randomUUID } from 'node:crypto';
import { Email } from '../domain/email.js';
import { EmailAlreadyTakenError } from '../domain/email-already-taken.error.js';
import { User } from '../domain/user.js';
import type { UserRepository } from '../domain/user.repository.js';

function newUser(
  email = 'ada@example.com',
  displayName = 'Ada Lovelace',
): User {
  return User.register(randomUUID(), Email.parse(email), displayName);
}

/**
 * The promises every UserRepository adapter keeps, as one suite. Each adapter's
 * spec calls it with a factory for a fresh, empty repository, so the in-memory
 * fake used by unit tests cannot drift from the Postgres adapter used in
 * production without a test going red.
 */
export function describeUserRepositoryContract(
  name: string,
  makeRepository: () => UserRepository | Promise<UserRepository>,
): void {
  describe(name, () => {
    describe('UserRepository contract', () => {
      let repository: UserRepository;

      beforeEach(async () => {
        repository = await makeRepository();
      });

      it('returns null for an id it has never stored', async () => {
        expect(await repository.findById(randomUUID())).toBeNull();
      });

      it('finds a saved user by id, as a User entity', async () => {
        const ada = newUser();
        await repository.save(ada);

        const found = await repository.findById(ada.id);

        expect(found).toBeInstanceOf(User);
        expect(found?.email).toBeInstanceOf(Email);
        expect(found?.email.value).toBe('ada@example.com');
        expect(found?.displayName).toBe('Ada Lovelace');
        expect(found?.isActive).toBe(true);
      });

      it('finds a saved user by email', async () => {
        const ada = newUser();
        await repository.save(ada);
        await repository.save(newUser('grace@example.com', 'Grace Hopper'));

        const found = await repository.findByEmail(
          Email.parse('ADA@example.com'),
        );

        expect(found).toBeInstanceOf(User);
        expect(found?.id).toBe(ada.id);
        expect(
          await repository.findByEmail(Email.parse('nobody@example.com')),
        ).toBeNull();
      });

      it('updates a user that is saved again instead of adding a second one', async () => {
        const ada = newUser();
        await repository.save(ada);
        ada.rename('Countess of Lovelace');
        await repository.save(ada);

        expect((await repository.findById(ada.id))?.displayName).toBe(
          'Countess of Lovelace',
        );
        expect((await repository.findByEmail(ada.email))?.id).toBe(ada.id);
      });

      it('keeps changes to a loaded user out of storage until save is called', async () => {
        const ada = newUser();
        await repository.save(ada);

        const loaded = await repository.findById(ada.id);
        loaded?.rename('Not saved');

        expect((await repository.findById(ada.id))?.displayName).toBe(
          'Ada Lovelace',
        );
      });

      it('is not changed by edits made to a user after it was saved', async () => {
        const ada = newUser();
        await repository.save(ada);
        ada.rename('Not saved either');

        expect((await repository.findById(ada.id))?.displayName).toBe(
          'Ada Lovelace',
        );
      });

      it('keeps the status, so a suspended user comes back suspended', async () => {
        const ada = newUser();
        ada.suspend();
        await repository.save(ada);

        const found = await repository.findById(ada.id);

        expect(found?.status).toBe('suspended');
        expect(found?.isActive).toBe(false);
        expect(() => found?.suspend()).toThrow(/already suspended/);
      });

      it('refuses a second user with a taken email, with EmailAlreadyTakenError, and keeps the first', async () => {
        const ada = newUser();
        await repository.save(ada);
        const impostor = newUser('Ada@Example.com', 'Impostor');

        await expect(repository.save(impostor)).rejects.toBeInstanceOf(
          EmailAlreadyTakenError,
        );

        expect((await repository.findByEmail(ada.email))?.id).toBe(ada.id);
        expect(await repository.findById(impostor.id)).toBeNull();
      });
    });
  });
}

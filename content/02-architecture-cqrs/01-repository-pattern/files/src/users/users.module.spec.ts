import { Test } from '@nestjs/testing';
import { PGlite } from '@electric-sql/pglite';
import { RegisterUser } from './application/register-user.js';
import type { Email } from './domain/email.js';
import type { User } from './domain/user.js';
import { UserRepository } from './domain/user.repository.js';
import { UsersModule } from './users.module.js';

/** A hand-written fake, so these tests depend on the token only, not on an adapter. */
function recordingRepository() {
  const saved: User[] = [];
  const repository = {
    saved,
    findById: async (id: string) =>
      saved.find((user) => user.id === id) ?? null,
    findByEmail: async (email: Email) =>
      saved.find((user) => user.email.equals(email)) ?? null,
    save: async (user: User) => {
      saved.push(user);
    },
  };
  return repository;
}

describe('UserRepository token', () => {
  it('exists at run time, so Nest can inject by it', () => {
    // An interface compiles to nothing: importing it as a value gives undefined.
    // An abstract class is a function; a token made with Symbol() is a symbol.
    expect(['function', 'symbol']).toContain(typeof UserRepository);
  });

  it('lets Nest build RegisterUser from the port alone', async () => {
    const fake = recordingRepository();
    const moduleRef = await Test.createTestingModule({
      providers: [RegisterUser, { provide: UserRepository, useValue: fake }],
    }).compile();

    const user = await moduleRef
      .get(RegisterUser)
      .execute({ email: 'Ada@Example.com', displayName: 'Ada' });

    expect(fake.saved).toEqual([user]);
    expect(user.email.value).toBe('ada@example.com');
  });

  it('is the token UsersModule binds, so a test can swap the adapter', async () => {
    const fake = recordingRepository();
    const moduleRef = await Test.createTestingModule({ imports: [UsersModule] })
      .overrideProvider(UserRepository)
      .useValue(fake)
      // If UsersModule already uses the database, keep this test from starting one.
      .overrideProvider(PGlite)
      .useValue({})
      .compile();

    await moduleRef
      .get(RegisterUser)
      .execute({ email: 'grace@example.com', displayName: 'Grace' });

    expect(fake.saved.map((user) => user.email.value)).toEqual([
      'grace@example.com',
    ]);
  });
});

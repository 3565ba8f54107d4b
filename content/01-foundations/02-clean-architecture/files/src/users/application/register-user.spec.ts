import { Test } from '@nestjs/testing';
import { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { RegisterUser } from './register-user.js';

/** A hand-written fake: the use case must work with any UserRepository. */
function fakeRepository(existing: User[] = []) {
  const saved: User[] = [];
  const repository = {
    findByEmail: async (email: string) => [...existing, ...saved].find((u) => u.email === email),
    save: async (user: User) => {
      saved.push(user);
    },
  };
  return { repository, saved };
}

async function registerUserWith(repository: unknown): Promise<RegisterUser> {
  expect(
    UserRepository,
    'UserRepository must exist at run time to be a token: declare it as an abstract class, not an interface',
  ).toBeTypeOf('function');
  const moduleRef = await Test.createTestingModule({
    providers: [RegisterUser, { provide: UserRepository, useValue: repository }],
  }).compile();
  return moduleRef.get(RegisterUser);
}

describe('RegisterUser', () => {
  it('saves the new user through the UserRepository port it is given', async () => {
    const { repository, saved } = fakeRepository();
    const registerUser = await registerUserWith(repository);

    const user = await registerUser.execute('Ada@Example.com');

    expect(saved).toEqual([user]);
    expect(user.email).toBe('ada@example.com');
  });

  it('refuses an email that is already registered', async () => {
    const ada = User.register('u1', 'ada@example.com', new Date());
    const { repository, saved } = fakeRepository([ada]);
    const registerUser = await registerUserWith(repository);

    await expect(registerUser.execute('ADA@example.com')).rejects.toThrow('already registered');
    expect(saved).toEqual([]);
  });
});

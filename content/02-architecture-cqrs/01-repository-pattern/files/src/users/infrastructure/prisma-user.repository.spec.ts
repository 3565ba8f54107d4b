import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { PGlite } from '@electric-sql/pglite';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../database/testing/test-database.js';
import { RegisterUser } from '../application/register-user.js';
import { Email } from '../domain/email.js';
import { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { describeUserRepositoryContract } from '../testing/user-repository.contract.js';
import { UsersModule } from '../users.module.js';
import { PrismaUserRepository } from './prisma-user.repository.js';

// One Postgres for the whole file: starting PGlite takes a second or more,
// emptying its tables takes milliseconds.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
beforeEach(() => database.truncate());
afterAll(() => database.close());

describeUserRepositoryContract(
  'PrismaUserRepository',
  () => new PrismaUserRepository(database.prisma),
);

describe('PrismaUserRepository mapping', () => {
  const ada = () =>
    User.register(randomUUID(), Email.parse('ada@example.com'), 'Ada Lovelace');

  it('writes the user into the users table, column by column', async () => {
    const user = ada();
    await new PrismaUserRepository(database.prisma).save(user);

    const { rows } = await database.db.query(
      'SELECT id, email, display_name, status FROM users',
    );

    expect(rows).toEqual([
      {
        id: user.id,
        email: 'ada@example.com',
        display_name: 'Ada Lovelace',
        status: 'active',
      },
    ]);
  });

  it('returns a domain User, not the persistence row', async () => {
    const user = ada();
    const repository = new PrismaUserRepository(database.prisma);
    await repository.save(user);

    const found = await repository.findById(user.id);

    expect(found).toBeInstanceOf(User);
    // created_at and updated_at are bookkeeping for the table, not facts about a user.
    for (const column of [
      'createdAt',
      'updatedAt',
      'created_at',
      'updated_at',
    ]) {
      expect(found).not.toHaveProperty(column);
    }
    expect(typeof found?.rename).toBe('function');
  });

  it('refuses a row whose status the domain does not know', async () => {
    const id = randomUUID();
    await database.db.query(
      "INSERT INTO users (id, email, display_name, status, updated_at) VALUES ($1, 'eve@example.com', 'Eve', 'banned', now())",
      [id],
    );

    await expect(
      new PrismaUserRepository(database.prisma).findById(id),
    ).rejects.toThrow(/unknown status "banned"/);
  });
});

describe('UsersModule on Postgres', () => {
  async function compileUsersModule() {
    // The module's own DatabaseModule would start a second Postgres: hand it this file's.
    // The testing module is not closed, because closing it would close the shared database.
    return Test.createTestingModule({ imports: [UsersModule] })
      .overrideProvider(PGlite)
      .useValue(database.db)
      .compile();
  }

  it('binds the UserRepository port to PrismaUserRepository', async () => {
    const moduleRef = await compileUsersModule();

    expect(moduleRef.get(UserRepository)).toBeInstanceOf(PrismaUserRepository);
  });

  it('registers a user through RegisterUser into the users table', async () => {
    const moduleRef = await compileUsersModule();

    const user = await moduleRef
      .get(RegisterUser)
      .execute({ email: 'Grace@Example.com', displayName: 'Grace Hopper' });

    const { rows } = await database.db.query('SELECT id, email FROM users');
    expect(rows).toEqual([{ id: user.id, email: 'grace@example.com' }]);
  });
});

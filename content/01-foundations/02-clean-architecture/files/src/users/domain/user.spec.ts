import { HttpException } from '@nestjs/common';
import { User } from './user.js';

const now = new Date('2030-01-01T09:00:00Z');

function errorFrom(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('User.register', () => {
  it('normalises the email to lower case', () => {
    expect(User.register('u1', '  Ada@Example.COM ', now).email).toBe('ada@example.com');
  });

  it('rejects an invalid email with a domain error, not an HTTP exception', () => {
    const error = errorFrom(() => User.register('u1', 'not-an-email', now));

    expect(error).toBeInstanceOf(Error);
    expect(error, 'HTTP is the api layer\'s business').not.toBeInstanceOf(HttpException);
    expect((error as Error).message).toContain('not-an-email');
  });
});

describe('User', () => {
  it('does not know how it is stored', () => {
    // Moving the record type into domain/ would satisfy the import rule and still
    // tie the entity to the table; the mapping itself must live in infrastructure.
    expect(User.prototype, 'toRecord belongs in infrastructure').not.toHaveProperty('toRecord');
    expect(User, 'fromRecord belongs in infrastructure').not.toHaveProperty('fromRecord');
  });
});

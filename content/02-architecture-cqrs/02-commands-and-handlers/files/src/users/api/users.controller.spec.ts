import type { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { PasswordHasher } from '../application/password-hasher.js';
import { Pbkdf2PasswordHasher } from '../infrastructure/pbkdf2-password-hasher.js';
import { UsersModule } from '../users.module.js';

// 64 code points with spaces and non-ASCII letters: the passphrase NIST says to accept.
const LONG_PASSPHRASE =
  'Über den Wolken muss die Freiheit wohl grenzenlos sein, sang er.';

describe('POST /users', () => {
  let app: INestApplication<App>;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot(), UsersModule],
    })
      .overrideProvider(PasswordHasher)
      .useValue(new Pbkdf2PasswordHasher(1_000))
      .compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterEach(() => app?.close());

  it('accepts a 64-character passphrase with spaces and accents', async () => {
    expect(Array.from(LONG_PASSPHRASE)).toHaveLength(64);

    await request(app.getHttpServer())
      .post('/users')
      .send({
        email: 'ada@example.com',
        displayName: 'Ada',
        password: LONG_PASSPHRASE,
      })
      .expect(201);
  });

  it('answers with the new id only, never the password or its hash', async () => {
    const response = await request(app.getHttpServer())
      .post('/users')
      .send({
        email: 'ada@example.com',
        displayName: 'Ada',
        password: LONG_PASSPHRASE,
      })
      .expect(201);

    expect(Object.keys(response.body)).toEqual(['id']);
    expect(typeof response.body.id).toBe('string');
  });

  it('rejects a 7-character password with 400 and says why', async () => {
    const response = await request(app.getHttpServer())
      .post('/users')
      .send({
        email: 'ada@example.com',
        displayName: 'Ada',
        password: 'seven77',
      })
      .expect(400);

    expect(JSON.stringify(response.body)).toContain('password');
  });
});

import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { UsersModule } from '../users.module.js';

describe('POST /users', () => {
  let app: INestApplication<App>;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [UsersModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('creates a user and answers 201 with its id and email', async () => {
    const response = await request(app.getHttpServer()).post('/users').send({ email: 'Ada@Example.com' });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), email: 'ada@example.com' });
  });

  it('answers 409 when the email is already registered', async () => {
    await request(app.getHttpServer()).post('/users').send({ email: 'ada@example.com' });

    const response = await request(app.getHttpServer()).post('/users').send({ email: 'ADA@example.com' });

    expect(response.status).toBe(409);
    expect(response.body.message).toContain('already registered');
  });

  it('answers 400 with the reason when the email is invalid', async () => {
    const response = await request(app.getHttpServer()).post('/users').send({ email: 'not-an-email' });

    expect(response.status).toBe(400);
    expect(response.body.message).toContain('not a valid email');
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  describeResponse,
  formFromExample,
  parseHeaderLines,
  prettyBody,
  type RequestForm,
} from './http-request';

const BASE = '/api/runtime/sessions/s1/proxy';
const form = (over: Partial<RequestForm>): RequestForm => ({
  method: 'GET',
  path: '/',
  headers: '',
  body: '',
  ...over,
});

describe('formFromExample', () => {
  it('fills the form from a frontmatter example: headers as lines, body as pretty JSON', () => {
    const filled = formFromExample({
      title: 'Register',
      method: 'POST',
      path: '/users',
      headers: { 'X-Trace': 'abc' },
      body: { email: 'ada@example.com' },
    });
    expect(filled).toEqual({
      method: 'POST',
      path: '/users',
      headers: 'X-Trace: abc',
      body: '{\n  "email": "ada@example.com"\n}',
    });
  });

  it('leaves the body empty when the example has none', () => {
    expect(formFromExample({ title: 'Hello', method: 'GET', path: '/', headers: {} }).body).toBe('');
  });
});

describe('parseHeaderLines', () => {
  it('reads "Name: value" lines, skipping blank ones and keeping colons in values', () => {
    expect(parseHeaderLines('Accept: application/json\n\nX-When: 12:30')).toEqual({
      ok: true,
      headers: [
        ['Accept', 'application/json'],
        ['X-When', '12:30'],
      ],
    });
  });

  it('names the line that is not a header', () => {
    expect(parseHeaderLines('Accept: */*\nnot a header')).toEqual({
      ok: false,
      message: 'Header line 2 ("not a header") is not "Name: value".',
    });
    expect(parseHeaderLines('Bad Name: x').ok).toBe(false);
  });
});

describe('buildRequest', () => {
  it('sends a JSON body with a JSON content type to the app under the base URL', () => {
    const built = buildRequest(form({ method: 'POST', path: '/users', body: '{"email":"a@b.co"}' }), BASE);
    expect(built).toEqual({
      ok: true,
      url: `${BASE}/users`,
      init: { method: 'POST', headers: [['Content-Type', 'application/json']], body: '{"email":"a@b.co"}' },
    });
  });

  it("keeps the learner's own content type", () => {
    const built = buildRequest(
      form({ method: 'PUT', path: '/x', headers: 'content-type: application/merge-patch+json', body: '{}' }),
      BASE,
    );
    expect(built.ok && built.init.headers).toEqual([['content-type', 'application/merge-patch+json']]);
  });

  it('refuses a body that is not JSON, before sending, with the parser’s reason', () => {
    const built = buildRequest(form({ method: 'POST', path: '/users', body: '{ email: "a@b.co" }' }), BASE);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.field).toBe('body');
    expect(!built.ok && built.message).toMatch(/^The body is not valid JSON: .+/);
  });

  it('refuses a body on GET', () => {
    expect(buildRequest(form({ body: '{}' }), BASE)).toMatchObject({
      ok: false,
      field: 'body',
      message: expect.stringMatching(/GET request cannot have a body/),
    });
  });

  it('keeps the path and query inside the app: no other origin, no climbing out with ..', () => {
    expect(buildRequest(form({ path: 'users' }), BASE)).toMatchObject({ ok: false, field: 'path' });
    expect(buildRequest(form({ path: '//evil.example/x' }), BASE)).toMatchObject({ ok: false, field: 'path' });
    expect(buildRequest(form({ path: '/../../health?x=1' }), BASE)).toMatchObject({
      ok: true,
      url: `${BASE}/health?x=1`,
    });
  });

  it('works with an absolute base URL (WebContainer) with or without a trailing slash', () => {
    expect(buildRequest(form({ path: '/a' }), 'https://x.webcontainer.io/')).toMatchObject({
      ok: true,
      url: 'https://x.webcontainer.io/a',
    });
  });

  it('reports a bad header line as a headers problem', () => {
    expect(buildRequest(form({ headers: 'oops' }), BASE)).toMatchObject({ ok: false, field: 'headers' });
  });
});

describe('responses', () => {
  it('pretty-prints JSON and leaves other text alone', () => {
    expect(prettyBody('{"id":"1"}', 'application/json; charset=utf-8')).toEqual({
      body: '{\n  "id": "1"\n}',
      json: true,
    });
    expect(prettyBody('Hello World!', 'text/html')).toEqual({ body: 'Hello World!', json: false });
    expect(prettyBody('{broken', 'application/json')).toEqual({ body: '{broken', json: false });
  });

  it('describes status, reason (filled in when the answer has none), headers and timing', () => {
    const response = new Response('{"message":"Cannot GET /nope"}', {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
    expect(describeResponse(response, '{"message":"Cannot GET /nope"}', 12)).toEqual({
      status: 404,
      statusText: 'Not Found',
      headers: [['content-type', 'application/json']],
      body: '{\n  "message": "Cannot GET /nope"\n}',
      json: true,
      durationMs: 12,
    });
  });
});

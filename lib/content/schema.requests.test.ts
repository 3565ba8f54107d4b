import { describe, expect, it } from 'vitest';
import { lessonFrontmatterSchema } from './schema';

const lesson = {
  title: 'T',
  summary: 'S',
  starter: 'nest',
  focus: 'src/app.ts',
  tasks: [{ id: 'a', title: 'Do it', tests: ['x > y'] }],
};

describe('frontmatter requests', () => {
  it('are optional and default to none', () => {
    expect(lessonFrontmatterSchema.parse(lesson).requests).toEqual([]);
  });

  it('accept a method, a path, headers and any JSON body', () => {
    const parsed = lessonFrontmatterSchema.parse({
      ...lesson,
      requests: [{ title: 'Register', method: 'POST', path: '/users', headers: { 'X-Id': '1' }, body: { email: 'a@b.co' } }],
    });
    expect(parsed.requests[0]).toEqual({ title: 'Register', method: 'POST', path: '/users', headers: { 'X-Id': '1' }, body: { email: 'a@b.co' } });
  });

  it.each([
    [{ title: 'x', method: 'FETCH', path: '/' }, 'method'],
    [{ title: 'x', method: 'GET', path: 'users' }, 'path'],
    [{ title: 'x', method: 'GET', path: '/', body: { a: 1 } }, 'body'],
    [{ title: 'x', method: 'GET', path: '/', headers: { 'bad name': 'v' } }, 'headers'],
    [{ title: 'x', method: 'GET', path: '/', extra: true }, ''],
  ])('refuse %j, naming the field', (request, field) => {
    const result = lessonFrontmatterSchema.safeParse({ ...lesson, requests: [request] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths.some((p) => p.startsWith(`requests.0${field ? `.${field}` : ''}`))).toBe(true);
  });
});

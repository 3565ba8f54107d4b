import { describe, expect, it } from 'vitest';
import { exampleRequestSchema, translationFrontmatterSchema } from './schema';
import { translateRequests } from './translation';

const requests = [
  exampleRequestSchema.parse({ title: 'List users', method: 'GET', path: '/users' }),
  exampleRequestSchema.parse({ title: 'Register a user', method: 'POST', path: '/users', body: { name: 'Ada' } }),
];

describe('translateRequests', () => {
  it('takes the titles from the translation and keeps method, path and body', () => {
    const ko = translationFrontmatterSchema.parse({ title: 't', summary: 's', requests: ['사용자 목록', '사용자 등록'] });
    expect(translateRequests(requests, ko)).toEqual([
      { ...requests[0], title: '사용자 목록' },
      { ...requests[1], title: '사용자 등록' },
    ]);
  });

  it('keeps the original titles when the translation gives none', () => {
    const ko = translationFrontmatterSchema.parse({ title: 't', summary: 's' });
    expect(translateRequests(requests, ko)).toEqual(requests);
  });
});

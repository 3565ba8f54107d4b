import { describe, expect, it } from 'vitest';
import type { SearchDoc } from './search-docs';
import { createLessonSearch, snippetOf } from './search-engine';

const doc = (id: string, title: string, text: string, summary = `About ${title}.`): SearchDoc => ({
  id,
  href: `/en/${id}`,
  title,
  partTitle: 'Part',
  summary,
  text,
});

const DOCS = [
  doc(
    'a/modules',
    'Feature modules',
    'A module exports its public API. Avoid forwardRef between modules; a third module is usually the fix.',
  ),
  doc('a/clean', 'Clean architecture', 'The domain layer knows nothing about Nest. Repositories are ports.'),
  doc('b/events', 'Domain events', 'An event tells other modules what happened. The domain raises it.'),
  doc('ko/modules', '기능 모듈', '모듈은 공개 API만 export합니다. 의존성 주입은 토큰으로 합니다.'),
];

describe('createLessonSearch', () => {
  const search = createLessonSearch(DOCS);

  it('finds a word that only one lesson uses', () => {
    expect(search.search('forwardRef').map((hit) => hit.doc.id)).toEqual(['a/modules']);
  });

  it('ranks a title match first', () => {
    expect(search.search('domain')[0].doc.id).toBe('b/events');
  });

  it('matches the start of a word, and forgives a typo in a long word', () => {
    expect(search.search('reposit').map((hit) => hit.doc.id)).toEqual(['a/clean']);
    expect(search.search('architecure').map((hit) => hit.doc.id)).toEqual(['a/clean']);
  });

  it('needs every word of the query', () => {
    expect(search.search('domain nest').map((hit) => hit.doc.id)).toEqual(['a/clean']);
  });

  it('finds Korean words despite the particles attached to them', () => {
    expect(search.search('의존성').map((hit) => hit.doc.id)).toEqual(['ko/modules']);
    expect(search.search('모듈').map((hit) => hit.doc.id)).toContain('ko/modules');
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });
});

describe('snippetOf', () => {
  it('shows the prose around the first match, cut at whole words', () => {
    const long = doc('x', 'X', `${'word '.repeat(30)}the needle is here ${'more '.repeat(40)}`);
    const snippet = snippetOf(long, ['needle']);
    expect(snippet.match).toBe('needle');
    expect(snippet.before).toMatch(/^…word .* the $/);
    expect(snippet.after).toMatch(/^ is here more .*more…$/);
  });

  it('keeps the case of the prose, and falls back on the summary when only the title matched', () => {
    expect(snippetOf(DOCS[0], ['forwardref']).match).toBe('forwardRef');
    expect(snippetOf(DOCS[0], ['feature'])).toEqual({ before: '', match: '', after: 'About Feature modules.' });
  });
});

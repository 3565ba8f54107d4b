// Wording of the lesson search, per page locale.
import type { Locale } from '@/lib/content/types';

const STRINGS = {
  en: {
    button: 'Search',
    dialog: 'Search lessons',
    input: 'Search lessons',
    placeholder: 'Search lesson titles and text',
    results: 'Lessons found',
    loading: 'Loading the search index…',
    unavailable: 'Search is unavailable right now:',
    noResults: 'No lesson matches “{query}”.',
    count: '{n} lessons found',
    one: '1 lesson found',
    help: '↑ ↓ to move, Enter to open, Esc to close',
  },
  ko: {
    button: '검색',
    dialog: '레슨 검색',
    input: '레슨 검색',
    placeholder: '레슨 제목과 본문 검색',
    results: '찾은 레슨',
    loading: '검색 색인을 불러오는 중…',
    unavailable: '지금은 검색할 수 없습니다:',
    noResults: '“{query}”와 일치하는 레슨이 없습니다.',
    count: '레슨 {n}개를 찾았습니다',
    one: '레슨 1개를 찾았습니다',
    help: '↑ ↓ 이동, Enter 열기, Esc 닫기',
  },
} satisfies Record<Locale, Record<string, string>>;

export type SearchStrings = (typeof STRINGS)['en'];

export function searchStrings(locale: Locale): SearchStrings {
  return STRINGS[locale];
}

// The search index the browser loads: one JSON file per locale, written by the
// content build (write-search-index.ts) to public/generated/search/<locale>.json.
// It holds the lessons' prose as text; the browser builds a MiniSearch index from
// it when the search dialog first opens (a few dozen KB, smaller than a serialised index).
import { lessonHref } from '../content/hrefs';
import type { LessonData, Locale } from '../content/types';

export interface SearchDoc {
  /** Lesson id, "part-slug/lesson-slug". */
  id: string;
  href: string;
  title: string;
  partTitle: string;
  summary: string;
  /** The prose the page shows, code blocks left out (lib/content/mdx-search-text.ts). */
  text: string;
}

export interface SearchIndexFile {
  locale: Locale;
  docs: SearchDoc[];
}

/** URL of a locale's index, as the browser fetches it. */
export function searchIndexUrl(locale: Locale): string {
  return `/generated/search/${locale}.json`;
}

export function searchDoc(lesson: LessonData, partTitle: string, text: string): SearchDoc {
  return {
    id: lesson.id,
    href: lessonHref(lesson.locale, lesson),
    title: lesson.title,
    partTitle,
    summary: lesson.summary,
    text,
  };
}

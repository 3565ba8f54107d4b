// URLs of the workbook's pages. English is the default: its home is `/`.
import { DEFAULT_LOCALE, type LessonRef, type Locale } from './types';

export function homeHref(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/' : `/${locale}`;
}

export function lessonHref(locale: Locale, lesson: Pick<LessonRef, 'partSlug' | 'lessonSlug'>): string {
  return `/${locale}/${lesson.partSlug}/${lesson.lessonSlug}`;
}

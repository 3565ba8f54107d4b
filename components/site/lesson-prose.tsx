// The reading column of a lesson page: title, compiled MDX, and the way on.
// Untranslated lessons are marked lang="en" so screen readers pronounce them right.
import { MdxContent } from '@/components/mdx/mdx-content';
import type { LessonNeighbours } from '@/lib/content/read-generated';
import { DEFAULT_LOCALE, type LessonData } from '@/lib/content/types';
import { LessonPager } from './lesson-pager';
import { uiStrings } from './ui-strings';

export function LessonProse({
  lesson,
  partTitle,
  neighbours,
}: {
  lesson: LessonData;
  partTitle: string;
  neighbours: LessonNeighbours;
}) {
  const proseLocale = lesson.translated ? lesson.locale : DEFAULT_LOCALE;
  return (
    <article className="px-6 py-8 lg:px-8">
      <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{partTitle}</p>
      <h1 lang={proseLocale} className="mt-1 text-3xl font-bold tracking-tight">
        {lesson.title}
      </h1>
      {!lesson.translated && (
        <p
          role="note"
          className="mt-4 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        >
          {uiStrings(lesson.locale).untranslated}
        </p>
      )}
      <div lang={proseLocale} className="prose prose-zinc mt-6 max-w-none wrap-break-word dark:prose-invert">
        <MdxContent code={lesson.mdxCode} locale={proseLocale} lesson={lesson} />
      </div>
      <LessonPager locale={lesson.locale} {...neighbours} />
    </article>
  );
}

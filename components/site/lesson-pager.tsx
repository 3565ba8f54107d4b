// Previous/next lesson links at the end of a lesson, each with the learner's
// progress on it (a client island, outside the link).
import Link from 'next/link';
import { lessonHref } from '@/lib/content/hrefs';
import type { LessonNeighbours } from '@/lib/content/read-generated';
import type { Locale } from '@/lib/content/types';
import { getTaskIndex } from '@/lib/progress/task-index';
import { LessonStatus } from '../progress/lesson-status';
import { uiStrings } from './ui-strings';

export async function LessonPager({ locale, previous, next }: LessonNeighbours & { locale: Locale }) {
  const t = uiStrings(locale);
  const taskIndex = await getTaskIndex(locale);
  const linkClass =
    'block rounded-md border border-zinc-200 px-4 py-3 hover:border-zinc-400 dark:border-zinc-800 dark:hover:border-zinc-600';
  return (
    <nav
      aria-label={t.lessonNavigation}
      className="mt-12 grid grid-cols-2 gap-3 border-t border-zinc-200 pt-6 text-sm dark:border-zinc-800"
    >
      {previous ? (
        <div>
          <Link href={lessonHref(locale, previous)} rel="prev" className={linkClass}>
            <span className="block text-zinc-600 dark:text-zinc-400">{t.previous}</span>{' '}
            <span className="font-medium">{previous.title}</span>
          </Link>
          <LessonStatus
            locale={locale}
            lessonId={previous.id}
            taskIds={taskIndex[previous.id] ?? []}
            className="mt-1 block px-1"
          />
        </div>
      ) : (
        <span />
      )}
      {next && (
        <div className="text-right">
          <Link href={lessonHref(locale, next)} rel="next" className={linkClass}>
            <span className="block text-zinc-600 dark:text-zinc-400">{t.next}</span>{' '}
            <span className="font-medium">{next.title}</span>
          </Link>
          <LessonStatus
            locale={locale}
            lessonId={next.id}
            taskIds={taskIndex[next.id] ?? []}
            className="mt-1 block px-1"
          />
        </div>
      )}
    </nav>
  );
}

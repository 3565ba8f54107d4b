// The home page body, shared by `/` (English) and `/ko`.
import { homeHref, lessonHref } from '@/lib/content/hrefs';
import { getParts } from '@/lib/content/read-generated';
import { LOCALES, type Locale } from '@/lib/content/types';
import { getTaskIndex } from '@/lib/progress/task-index';
import { ContinueLink } from '../progress/continue-link';
import { ProgressPanel } from '../progress/progress-panel';
import { LessonList } from './lesson-list';
import { SiteHeader } from './site-header';
import { uiStrings } from './ui-strings';

export async function HomePage({ locale }: { locale: Locale }) {
  const t = uiStrings(locale);
  const parts = await getParts(locale);
  const taskIndex = await getTaskIndex(locale);
  const lessonLinks = parts
    .flatMap((part) => part.lessons)
    .map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      href: lessonHref(locale, lesson),
      taskIds: taskIndex[lesson.id] ?? [],
    }));
  const alternates = Object.fromEntries(LOCALES.map((other) => [other, homeHref(other)])) as Record<Locale, string>;
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">{t.siteName}</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{t.tagline}</p>
        <ContinueLink locale={locale} lessons={lessonLinks} />
        {parts.length === 0 ? (
          <p className="mt-10">{t.noLessons}</p>
        ) : (
          <LessonList locale={locale} parts={parts} taskIndex={taskIndex} />
        )}
        {parts.length > 0 && <ProgressPanel locale={locale} lessons={lessonLinks} />}
      </main>
    </>
  );
}

// The curriculum on the home page: parts in order, each with its lessons.
// A lesson's link text is its title alone; the summary and the learner's
// progress (a client island) sit beside the link.
import Link from 'next/link';
import { lessonHref } from '@/lib/content/hrefs';
import type { Locale, PartRef } from '@/lib/content/types';
import type { TaskIndex } from '@/lib/progress/task-index';
import { LessonStatus } from '../progress/lesson-status';

export function LessonList({ locale, parts, taskIndex }: { locale: Locale; parts: PartRef[]; taskIndex: TaskIndex }) {
  return parts.map((part) => (
    <section key={part.slug} aria-labelledby={`part-${part.slug}`} className="mt-10">
      <h2 id={`part-${part.slug}`} className="text-xl font-semibold">
        {part.title}
      </h2>
      <ol className="mt-4 space-y-4">
        {part.lessons.map((lesson) => (
          <li key={lesson.id}>
            <Link
              href={lessonHref(locale, lesson)}
              className="rounded font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
            >
              {lesson.title}
            </Link>{' '}
            <LessonStatus locale={locale} lessonId={lesson.id} taskIds={taskIndex[lesson.id] ?? []} className="ml-2" />
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{lesson.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  ));
}

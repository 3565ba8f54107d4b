'use client';
// "Continue where you left off": the last lesson visited, shown once the
// browser's progress has been read, and only when there is one.
import Link from 'next/link';
import type { Locale } from '@/lib/content/types';
import { progressStrings } from './progress-strings';
import { useProgressSnapshot } from './use-progress-snapshot';

export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

export function ContinueLink({ locale, lessons }: { locale: Locale; lessons: LessonLink[] }) {
  const snapshot = useProgressSnapshot();
  const last = lessons.find((lesson) => lesson.id === snapshot?.lastLessonId);
  if (!last) return null;
  return (
    <p className="mt-6">
      <Link
        href={last.href}
        className="inline-flex flex-col rounded-md border border-sky-300 bg-sky-50 px-4 py-3 hover:border-sky-500 dark:border-sky-800 dark:bg-sky-950/40 dark:hover:border-sky-600"
      >
        <span className="text-sm font-semibold text-sky-800 dark:text-sky-300">{progressStrings(locale).continue}</span>{' '}
        <span className="font-medium">{last.title}</span>
      </Link>
    </p>
  );
}

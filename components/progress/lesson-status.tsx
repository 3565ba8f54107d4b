'use client';
// A lesson's progress beside its link: "✓ Completed", "2 of 3 tasks done" or
// "Started". Rendered after hydration from IndexedDB; nothing before, or for
// a lesson never opened. Kept outside the link so the link's name stays the title.
import type { Locale } from '@/lib/content/types';
import { lessonStatus } from '@/lib/progress/lesson-progress';
import { progressStrings } from './progress-strings';
import { useProgressSnapshot } from './use-progress-snapshot';

export interface LessonStatusProps {
  locale: Locale;
  lessonId: string;
  taskIds: string[];
  className?: string;
}

export function LessonStatus({ locale, lessonId, taskIds, className = '' }: LessonStatusProps) {
  const t = progressStrings(locale);
  const snapshot = useProgressSnapshot();
  const saved = snapshot?.lessons[lessonId];
  if (!saved) return null;
  const { done, total, complete } = lessonStatus(taskIds, saved.completedTasks);
  if (complete) {
    return (
      <span className={`text-sm font-medium text-emerald-700 dark:text-emerald-400 ${className}`}>
        <span aria-hidden="true">✓ </span>
        {t.completed}
      </span>
    );
  }
  const text = done > 0 ? t.tasksDone(done, total) : Object.keys(saved.files).length > 0 ? t.started : null;
  return text && <span className={`text-sm text-zinc-600 dark:text-zinc-400 ${className}`}>{text}</span>;
}

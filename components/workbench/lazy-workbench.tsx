'use client';
// Placeholder until the workbench lands: shows where the editor will be.
import type { LessonData } from '@/lib/content/types';

export function LazyWorkbench({ lesson }: { lesson: LessonData }) {
  return <div aria-label="Workbench loading">Loading the editor for {lesson.title}…</div>;
}

'use client';
// The workbench is heavy (Monaco, xterm, a runtime): it loads in the browser
// only, after the page's prose, behind a light placeholder of the same size.
import dynamic from 'next/dynamic';
import type { LessonData } from '@/lib/content/types';

function WorkbenchPlaceholder() {
  return (
    <div
      aria-label="Workbench loading"
      className="grid h-full min-h-[36rem] place-items-center bg-zinc-50 text-sm text-zinc-500 dark:bg-zinc-900 dark:text-zinc-400"
    >
      <p className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="size-3 animate-spin rounded-full border-2 border-zinc-300 border-t-sky-500"
        />
        Loading the editor…
      </p>
    </div>
  );
}

const Workbench = dynamic(() => import('./workbench').then((m) => m.Workbench), {
  ssr: false,
  loading: WorkbenchPlaceholder,
});

export function LazyWorkbench({ lesson }: { lesson: LessonData }) {
  // A new lesson (or locale) starts from fresh state; the runtime itself is reused.
  return <Workbench key={`${lesson.locale}:${lesson.id}`} lesson={lesson} />;
}

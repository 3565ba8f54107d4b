'use client';
// The lesson's tasks: each ticks when all its tests passed in the latest run;
// hints are revealed one at a time.
import Markdown from 'react-markdown';
import type { LessonTask } from '@/lib/content/schema';

export interface TaskListProps {
  tasks: LessonTask[];
  done: ReadonlySet<string>;
  hintsShown: Record<string, number>;
  onRevealHint: (task: LessonTask) => void;
}

export function TaskList({ tasks, done, hintsShown, onRevealHint }: TaskListProps) {
  const finished = tasks.filter((t) => done.has(t.id)).length;
  return (
    <section aria-labelledby="workbench-tasks" className="px-3 py-2">
      <h3
        id="workbench-tasks"
        className="mb-1.5 flex items-baseline justify-between text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400"
      >
        Tasks{' '}
        <span className="font-normal normal-case tracking-normal">
          {finished} of {tasks.length} done
        </span>
      </h3>
      <ol className="space-y-2">
        {tasks.map((task) => {
          const complete = done.has(task.id);
          const shown = hintsShown[task.id] ?? 0;
          return (
            <li key={task.id} className="text-sm">
              <div className="flex items-start gap-2">
                <span
                  aria-hidden="true"
                  className={`mt-0.5 grid size-4 shrink-0 place-items-center rounded border text-[11px] ${
                    complete ? 'border-emerald-600 bg-emerald-600 text-white' : 'border-zinc-300 dark:border-zinc-600'
                  }`}
                >
                  {complete ? '✓' : ''}
                </span>
                <span className={complete ? 'text-zinc-500 line-through decoration-zinc-400 dark:text-zinc-400' : ''}>
                  {task.title}
                </span>
                <span className="sr-only">{complete ? '(done)' : '(not done yet)'}</span>
              </div>
              {shown > 0 && (
                <ol className="mt-1.5 ml-6 space-y-1.5" aria-label={`Hints for: ${task.title}`}>
                  {task.hints.slice(0, shown).map((hint, i) => (
                    <li
                      key={i}
                      className="rounded-md border-l-2 border-amber-400 bg-amber-50 px-2.5 py-1.5 text-[13px] text-zinc-800 dark:bg-amber-950/40 dark:text-zinc-200 [&_code]:rounded [&_code]:bg-black/5 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[12px] dark:[&_code]:bg-white/10"
                    >
                      <Markdown>{hint}</Markdown>
                    </li>
                  ))}
                </ol>
              )}
              {shown < task.hints.length && (
                <button
                  type="button"
                  onClick={() => onRevealHint(task)}
                  aria-label={`Show hint ${shown + 1} of ${task.hints.length} for: ${task.title}`}
                  className="mt-1 ml-6 text-xs font-medium text-sky-700 hover:underline dark:text-sky-400"
                >
                  Show hint {shown + 1} of {task.hints.length}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

'use client';
// <Hints task="..."> in lesson prose: a task's hints, revealed one at a time.
// Without children it shows the task's frontmatter hints (the same ones the
// workbench's task list shows, and revealed together with them); with <Hint>
// children it shows those. Revealed hints are remembered in this browser.
import { useId, useState, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import { Hint } from './hint';
import { HintsContext } from './hints-context';
import { fill, type InteractiveStrings } from './interactive-strings';
import { useRevealedHints } from './use-lesson-stores';

export interface HintsProps {
  task: string;
  /** Number of <Hint> children, set by the content build; absent when the frontmatter's hints are shown. */
  count?: string;
  lessonId: string;
  taskTitle: string;
  frontmatterHints: string[];
  strings: InteractiveStrings;
  children?: ReactNode;
}

export function Hints({ task, count, lessonId, taskTitle, frontmatterHints, strings, children }: HintsProps) {
  const { revealed, reveal } = useRevealedHints(lessonId);
  const ownHints = count !== undefined;
  const total = ownHints ? Number(count) : frontmatterHints.length;
  const shown = Math.min(revealed[task] ?? 0, total);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const labelId = useId();

  const revealNext = () => {
    // The button goes away with the last hint: focus that hint instead of losing focus.
    if (shown + 1 >= total) setFocusIndex(shown);
    reveal(task, total);
  };

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      data-hints={task}
      className="not-prose my-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 dark:border-amber-700/60 dark:bg-amber-950/30"
    >
      <p id={labelId} className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        {strings.hints}: {taskTitle}
      </p>
      <HintsContext value={{ shown, focusIndex, strings }}>
        <ol
          aria-live="polite"
          className="mt-2 space-y-2 empty:hidden [&_code]:rounded [&_code]:bg-black/5 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.85em] dark:[&_code]:bg-white/10"
        >
          {ownHints
            ? children
            : frontmatterHints.map((hint, i) => (
                <Hint key={i} index={String(i)}>
                  <Markdown>{hint}</Markdown>
                </Hint>
              ))}
        </ol>
      </HintsContext>
      {shown < total && (
        <button
          type="button"
          onClick={revealNext}
          className="mt-2 rounded-md border border-amber-400 bg-white px-3 py-1 text-sm font-medium text-amber-900 hover:bg-amber-100 dark:border-amber-600 dark:bg-zinc-900 dark:text-amber-200 dark:hover:bg-zinc-800"
        >
          {fill(strings.showHint, { n: shown + 1, total })}
        </button>
      )}
    </div>
  );
}

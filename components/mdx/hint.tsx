'use client';
// One hint of a <Hints> box, shown once the learner has revealed it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useHintsState } from './hints-context';
import { fill } from './interactive-strings';

export interface HintProps {
  /** Position in its <Hints>, numbered by the content build (lib/content/mdx-interactive.ts). */
  index?: string;
  children?: ReactNode;
}

export function Hint({ index, children }: HintProps) {
  const { shown, focusIndex, strings } = useHintsState();
  const position = Number(index ?? 0);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusIndex === position) item.current?.focus();
  }, [focusIndex, position]);
  if (position >= shown) return null;
  return (
    <li
      ref={item}
      tabIndex={focusIndex === position ? -1 : undefined}
      className="rounded-md border-l-2 border-amber-500 bg-white/70 px-3 py-2 text-[0.95rem] outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:bg-zinc-900/60 [&>:first-child]:mt-0 [&>:last-child]:mb-0"
    >
      <span className="sr-only">{fill(strings.hint, { n: position + 1 })}: </span>
      {children}
    </li>
  );
}

'use client';
// One answer of a <Quiz>: a radio button. Once the quiz is solved, the other
// choices show why they were wrong (the picked one's explanation is the quiz's feedback).
import { useEffect, useId, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import { useQuizState } from './quiz-context';

export interface ChoiceProps {
  /** Position in its <Quiz>, numbered by the content build (lib/content/mdx-interactive.ts). */
  index?: string;
  correct?: boolean;
  explanation: string;
  children?: ReactNode;
}

export function Choice({ index, correct = false, explanation, children }: ChoiceProps) {
  const { name, selected, answered, solved, select, register } = useQuizState();
  const position = Number(index ?? 0);
  const explanationId = useId();
  useEffect(() => register(position, { correct, explanation }), [register, position, correct, explanation]);

  const picked = (answered ?? selected) === position;
  const explained = solved && answered !== position;
  const tone =
    answered !== position
      ? ''
      : correct
        ? 'border-emerald-600 dark:border-emerald-500'
        : 'border-rose-600 dark:border-rose-500';
  return (
    <div className={`rounded-md border-2 px-3 py-2 ${tone || 'border-transparent'}`}>
      <label className="flex cursor-pointer items-start gap-2.5 has-disabled:cursor-default">
        <input
          type="radio"
          name={name}
          value={position}
          checked={picked}
          disabled={answered !== undefined}
          onChange={() => select(position)}
          aria-describedby={explained ? explanationId : undefined}
          className="mt-1 size-4 shrink-0 accent-sky-600"
        />
        <span>{children}</span>
      </label>
      {explained && (
        <div id={explanationId} className="mt-1 ml-6.5 text-sm text-zinc-700 dark:text-zinc-300 [&_p]:my-0">
          <Markdown components={{ p: ({ children: text }) => <span>{text}</span> }}>{explanation}</Markdown>
        </div>
      )}
    </div>
  );
}

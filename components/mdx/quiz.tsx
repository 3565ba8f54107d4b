'use client';
// <Quiz id question> with <Choice> children: one answer, checked in the browser.
// The verdict and the picked answer's explanation are announced; the answer is
// remembered per lesson and quiz id, and "Try again" clears it.
import { useCallback, useId, useState, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import type { InteractiveStrings } from './interactive-strings';
import { QuizContext, type ChoiceInfo } from './quiz-context';
import { useQuizAnswer } from './use-lesson-stores';

export interface QuizProps {
  id: string;
  question: string;
  lessonId: string;
  strings: InteractiveStrings;
  children?: ReactNode;
}

const inline = { p: ({ children }: { children?: ReactNode }) => <>{children}</> };

export function Quiz({ id, question, lessonId, strings, children }: QuizProps) {
  const { answered: saved, answer } = useQuizAnswer(lessonId, id);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [choices, setChoices] = useState<Record<number, ChoiceInfo>>({});
  const name = useId();
  const register = useCallback((index: number, info: ChoiceInfo) => {
    setChoices((known) =>
      known[index]?.correct === info.correct && known[index]?.explanation === info.explanation
        ? known
        : { ...known, [index]: info },
    );
  }, []);
  // A remembered answer that no longer names a choice (the quiz was edited) counts as unanswered.
  const answered = saved !== undefined && choices[saved] ? saved : undefined;
  const verdict = answered === undefined ? undefined : choices[answered];
  const solved = verdict?.correct === true;

  const onButton = () => {
    if (answered === undefined) {
      if (selected !== undefined) answer(selected);
    } else {
      setSelected(undefined);
      answer(undefined);
    }
  };

  return (
    <fieldset
      data-quiz={id}
      className="not-prose my-6 rounded-md border border-zinc-300 px-4 pt-2 pb-3 dark:border-zinc-700"
    >
      <legend className="px-1 font-semibold">
        <Markdown components={inline}>{question}</Markdown>
      </legend>
      <QuizContext value={{ name, selected, answered, solved, select: setSelected, register }}>
        <div className="space-y-1">{children}</div>
      </QuizContext>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {/* One button whose job changes, so keyboard focus stays on it after checking. */}
        <button
          type="button"
          onClick={onButton}
          disabled={answered === undefined && selected === undefined}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {answered === undefined ? strings.checkAnswer : strings.tryAgain}
        </button>
        {/* Announced politely; not role="status", which the page keeps for the runtime's state. */}
        <div aria-live="polite" aria-atomic="true" data-quiz-feedback className="text-sm">
          {verdict && (
            <p>
              <strong
                className={solved ? 'text-emerald-700 dark:text-emerald-400' : 'text-rose-700 dark:text-rose-400'}
              >
                {solved ? strings.correct : strings.notQuite}.
              </strong>{' '}
              <Markdown components={inline}>{verdict.explanation}</Markdown>
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}

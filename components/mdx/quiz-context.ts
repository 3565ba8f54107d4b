'use client';
// What a <Quiz> shares with its <Choice>s: the radio group's name, what is
// selected or answered, and a way for each choice to tell the quiz whether it
// is the right one and why.
import { createContext, useContext } from 'react';

export interface ChoiceInfo {
  correct: boolean;
  explanation: string;
}

export interface QuizState {
  name: string;
  /** Picked but not yet checked. */
  selected: number | undefined;
  /** Checked (and remembered); undefined until then. */
  answered: number | undefined;
  /** True once the answer was checked and it was right. */
  solved: boolean;
  select(index: number): void;
  register(index: number, info: ChoiceInfo): void;
}

export const QuizContext = createContext<QuizState | null>(null);

export function useQuizState(): QuizState {
  const state = useContext(QuizContext);
  if (!state) throw new Error('<Choice> must be inside <Quiz>');
  return state;
}

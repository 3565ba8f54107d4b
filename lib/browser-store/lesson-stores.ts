// Per-lesson learner state kept in this browser: how many hints of each task
// were revealed, and the answer picked in each quiz. Keyed by lesson id, which
// is the same in every language, so a revealed hint stays revealed in Korean.
import { localJsonStore, type JsonStore } from './local-json-store';

/** Task id → number of its hints revealed. */
export type RevealedHints = Record<string, number>;
/** Quiz id → 0-based index of the choice picked. */
export type QuizAnswers = Record<string, number>;

const KEY_PREFIX = 'nest-workbook';
const EMPTY: Record<string, number> = Object.freeze({}) as Record<string, number>;

/** A record of non-negative integers, or undefined for anything else. */
function countsOf(raw: unknown): Record<string, number> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entries = Object.entries(raw).filter(([, value]) => Number.isInteger(value) && (value as number) >= 0);
  return Object.fromEntries(entries) as Record<string, number>;
}

export function revealedHintsStore(lessonId: string): JsonStore<RevealedHints> {
  return localJsonStore(`${KEY_PREFIX}:hints:${lessonId}`, { parse: countsOf, fallback: EMPTY });
}

export function quizAnswersStore(lessonId: string): JsonStore<QuizAnswers> {
  return localJsonStore(`${KEY_PREFIX}:quizzes:${lessonId}`, { parse: countsOf, fallback: EMPTY });
}

/** One more hint of `taskId`, never more than it has. */
export function revealNextHint(revealed: RevealedHints, taskId: string, available: number): RevealedHints {
  const shown = Math.min((revealed[taskId] ?? 0) + 1, available);
  return shown === revealed[taskId] ? revealed : { ...revealed, [taskId]: shown };
}

export function withAnswer(answers: QuizAnswers, quizId: string, choice: number | undefined): QuizAnswers {
  const next = { ...answers };
  if (choice === undefined) delete next[quizId];
  else next[quizId] = choice;
  return next;
}

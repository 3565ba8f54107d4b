// Wording of the hint and quiz components, in the language of the prose they sit in.
import type { Locale } from '@/lib/content/types';

export interface InteractiveStrings {
  hints: string;
  /** "{n}" and "{total}" are replaced. */
  showHint: string;
  hint: string;
  checkAnswer: string;
  tryAgain: string;
  correct: string;
  notQuite: string;
}

const STRINGS: Record<Locale, InteractiveStrings> = {
  en: {
    hints: 'Hints',
    showHint: 'Show hint {n} of {total}',
    hint: 'Hint {n}',
    checkAnswer: 'Check answer',
    tryAgain: 'Try again',
    correct: 'Correct',
    notQuite: 'Not quite',
  },
  ko: {
    hints: '힌트',
    showHint: '힌트 {n}/{total} 보기',
    hint: '힌트 {n}',
    checkAnswer: '정답 확인',
    tryAgain: '다시 풀기',
    correct: '정답입니다',
    notQuite: '아쉽지만 틀렸습니다',
  },
};

export function interactiveStrings(locale: Locale): InteractiveStrings {
  return STRINGS[locale];
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

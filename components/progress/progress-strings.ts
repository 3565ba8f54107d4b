// Wording of the progress islands per locale (kept here, beside them, rather
// than in the site's ui-strings, which several features edit at once). Import
// and export outcomes are English in every locale for now.
import type { Locale } from '@/lib/content/types';

const en = {
  continue: 'Continue where you left off:',
  yourProgress: 'Your progress',
  completed: 'Completed',
  tasksDone: (done: number, total: number) => `${done} of ${total} tasks done`,
  started: 'Started',
  summary: (lessonsDone: number, lessons: number, tasksDone: number, tasks: number) =>
    `${lessonsDone} of ${lessons} lessons completed · ${tasksDone} of ${tasks} tasks done. Your code and progress are saved in this browser as you work.`,
  transfer:
    'Export it to a file to keep a copy or to move to another browser. Importing a file merges it: each lesson in the file brings its code (replacing the code saved here for that lesson; you are asked first) and its completed tasks; other lessons stay as they are.',
  exportProgress: 'Export progress',
  importProgress: 'Import progress',
};

export type ProgressStrings = typeof en;

const ko: ProgressStrings = {
  continue: '이어서 학습하기:',
  yourProgress: '학습 진행 상황',
  completed: '완료',
  tasksDone: (done, total) => `과제 ${total}개 중 ${done}개 완료`,
  started: '진행 중',
  summary: (lessonsDone, lessons, tasksDone, tasks) =>
    `레슨 ${lessons}개 중 ${lessonsDone}개 완료 · 과제 ${tasks}개 중 ${tasksDone}개 완료. 작성한 코드와 진행 상황은 작업하는 동안 이 브라우저에 저장됩니다.`,
  transfer:
    '파일로 내보내 사본을 보관하거나 다른 브라우저로 옮길 수 있습니다. 파일을 가져오면 병합됩니다. 파일에 있는 레슨은 그 코드로 바뀌고(이 브라우저에 저장된 해당 레슨의 코드를 대체하며, 먼저 확인을 요청합니다) 완료한 과제가 더해집니다. 파일에 없는 레슨은 그대로 유지됩니다.',
  exportProgress: '진행 상황 내보내기',
  importProgress: '진행 상황 가져오기',
};

const strings: Record<Locale, ProgressStrings> = { en, ko };

export function progressStrings(locale: Locale): ProgressStrings {
  return strings[locale];
}

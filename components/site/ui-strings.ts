// Interface wording per locale. Lesson prose is translated in the content itself.
import type { Locale } from '@/lib/content/types';

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

const en = {
  siteName: 'Nest Workbook',
  tagline: 'Learn scalable NestJS architecture by editing and testing a live project, one lesson at a time.',
  skipToContent: 'Skip to content',
  home: 'Home',
  lessons: 'Lessons',
  noLessons: 'No lessons have been published yet.',
  language: 'Language',
  lessonNavigation: 'Lesson navigation',
  previous: 'Previous',
  next: 'Next',
  workbench: 'Workbench',
  untranslated: 'This lesson has not been translated yet, so it is shown in English.',
  opensInNewTab: 'opens in a new tab',
  calloutNote: 'Note',
  calloutWarning: 'Warning',
  calloutErratum: 'The seed report gets this wrong',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no lesson at this address.',
  backHome: 'Back to all lessons',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  hideEditor: 'Hide editor',
  showEditor: 'Show editor',
  resizeProse: 'Resize the lesson text and the workbench',
};

export type UiStrings = typeof en;

const ko: UiStrings = {
  siteName: 'Nest Workbook',
  tagline: '실제 프로젝트를 고치고 테스트하며, 한 단계씩 확장 가능한 NestJS 아키텍처를 배웁니다.',
  skipToContent: '본문으로 건너뛰기',
  home: '홈',
  lessons: '레슨',
  noLessons: '아직 공개된 레슨이 없습니다.',
  language: '언어',
  lessonNavigation: '레슨 이동',
  previous: '이전',
  next: '다음',
  workbench: '작업대',
  untranslated: '이 레슨은 아직 번역되지 않아 영어로 표시됩니다.',
  opensInNewTab: '새 탭에서 열림',
  calloutNote: '참고',
  calloutWarning: '주의',
  calloutErratum: '시드 보고서가 틀린 부분',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '이 주소에는 레슨이 없습니다.',
  backHome: '전체 레슨으로 돌아가기',
  theme: '테마',
  themeSystem: '시스템',
  themeLight: '밝게',
  themeDark: '어둡게',
  hideEditor: '편집기 숨기기',
  showEditor: '편집기 보이기',
  resizeProse: '레슨 본문과 작업대 크기 조절',
};

const strings: Record<Locale, UiStrings> = { en, ko };

export function uiStrings(locale: Locale): UiStrings {
  return strings[locale];
}

'use client';
// The page's colour theme for client components: the editor, the diff editor and
// the terminal read useTheme(); the header's theme control sets it. <html> is
// the single source of truth (the <head> script marks it before the first paint,
// then follows the system setting), so every reader agrees without a provider.
// A Monaco editor uses `theme={monacoTheme(useTheme())}` and calls
// defineMonacoThemes(monaco) in its beforeMount (AA-contrast token colours).
import { useSyncExternalStore } from 'react';
import {
  applyTheme,
  DARK_QUERY,
  parseThemeChoice,
  resolveTheme,
  THEME_STORAGE_KEY,
  type ResolvedTheme,
  type ThemeChoice,
} from '@/lib/theme/theme';

export type { ResolvedTheme, ThemeChoice } from '@/lib/theme/theme';
export { defineMonacoThemes, monacoTheme } from '@/lib/theme/monaco-themes';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme-choice'] });
  return () => observer.disconnect();
}

const resolvedNow = (): ResolvedTheme => (document.documentElement.classList.contains('dark') ? 'dark' : 'light');
const choiceNow = (): ThemeChoice => parseThemeChoice(document.documentElement.dataset.themeChoice);

/** The theme in force: 'light' or 'dark' (the learner's choice, or the system's). */
export function useTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, resolvedNow, () => 'light');
}

/** What the learner chose: 'system' until they pick Light or Dark. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, choiceNow, () => 'system');
}

/** Remembers the learner's choice (in this browser) and applies it at once. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage can be unavailable (private mode, blocked): the choice still applies to this page.
  }
  applyTheme(document.documentElement, choice, resolveTheme(choice, window.matchMedia(DARK_QUERY).matches));
}

// The diff editor's themes: the code editor's (lib/theme/monaco-themes.ts) plus
// diff colours that keep every token readable. Monaco's default diff fills
// (20–25% red or green under the text) drop teal and green tokens below WCAG AA,
// so changed text is outlined instead and changed lines get only a faint tint.
// Themes are global in Monaco: these differ from the editor's only in diff
// colours, which the code editor never shows, so switching is invisible there.
import type * as MonacoApi from 'monaco-editor';
import { MONACO_THEMES } from '@/lib/theme/monaco-themes';
import type { ResolvedTheme } from '@/lib/theme/theme';

type ThemeData = MonacoApi.editor.IStandaloneThemeData;

export const DIFF_THEME_NAMES: Record<ResolvedTheme, string> = {
  light: 'workbook-diff-light',
  dark: 'workbook-diff-dark',
};

export const DIFF_COLOURS: Record<ResolvedTheme, Record<string, string>> = {
  light: {
    'diffEditor.insertedTextBackground': '#00000000',
    'diffEditor.removedTextBackground': '#00000000',
    'diffEditor.insertedTextBorder': '#1A7F37',
    'diffEditor.removedTextBorder': '#CF222E',
    'diffEditor.insertedLineBackground': '#EEFFF1',
    'diffEditor.removedLineBackground': '#FFF8F8',
    'diffEditorGutter.insertedLineBackground': '#EEFFF1',
    'diffEditorGutter.removedLineBackground': '#FFF8F8',
  },
  dark: {
    'diffEditor.insertedTextBackground': '#00000000',
    'diffEditor.removedTextBackground': '#00000000',
    'diffEditor.insertedTextBorder': '#3FB950',
    'diffEditor.removedTextBorder': '#F85149',
    'diffEditor.insertedLineBackground': '#1E261F',
    'diffEditor.removedLineBackground': '#261E1E',
    // Line numbers are already close to the limit on the plain background: no tint under them.
    'diffEditorGutter.insertedLineBackground': '#00000000',
    'diffEditorGutter.removedLineBackground': '#00000000',
  },
};

export function diffThemeData(theme: ResolvedTheme): ThemeData {
  const base = MONACO_THEMES[theme];
  return { ...base, colors: { ...base.colors, ...DIFF_COLOURS[theme] } };
}

/** Registers both diff themes with this Monaco (call it in the diff editor's beforeMount). */
export function defineDiffThemes(monaco: { editor: Pick<typeof MonacoApi.editor, 'defineTheme'> }): void {
  for (const theme of ['light', 'dark'] as const)
    monaco.editor.defineTheme(DIFF_THEME_NAMES[theme], diffThemeData(theme));
}

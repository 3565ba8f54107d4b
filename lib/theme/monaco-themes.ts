// The editor's two themes: Monaco's own "vs" and "vs-dark", with the token
// colours that fall short of WCAG AA contrast (4.5:1) on their background
// replaced by close ones that pass (checked in monaco-themes.test.ts). Both the
// code editor and the diff editor use them; Monaco themes are global, so defining
// them once per page is enough, and defining them again is harmless.
import type * as MonacoApi from 'monaco-editor';
import type { ResolvedTheme } from './theme';

type ThemeData = MonacoApi.editor.IStandaloneThemeData;

export const MONACO_THEME_NAMES: Record<ResolvedTheme, string> = { light: 'workbook-light', dark: 'workbook-dark' };

export const MONACO_BACKGROUNDS: Record<ResolvedTheme, string> = { light: '#FFFFFE', dark: '#1E1E1E' };

export const MONACO_THEMES: Record<ResolvedTheme, ThemeData> = {
  light: {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'annotation', foreground: '6E6E6E' },
      { token: 'metatag.html', foreground: '6E6E6E' },
      { token: 'metatag.xml', foreground: '6E6E6E' },
      { token: 'metatag.content.html', foreground: 'D00000' },
      { token: 'attribute.name', foreground: 'D00000' },
      { token: 'string.sql', foreground: 'D00000' },
      { token: 'operator.sql', foreground: '5E6E80' },
    ],
    colors: {
      // The number of the empty line after a final newline: as legible as the others.
      'editorLineNumber.dimmedForeground': '#237893',
    },
  },
  dark: {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'comment', foreground: '6A9955' },
      { token: 'variable.predefined', foreground: '7FA2E0' },
      { token: 'regexp', foreground: 'C47BA6' },
      { token: 'annotation', foreground: 'D77A7A' },
      { token: 'delimiter.html', foreground: '8E8E8E' },
      { token: 'delimiter.xml', foreground: '8E8E8E' },
      { token: 'tag.id.pug', foreground: '7396D0' },
      { token: 'tag.class.pug', foreground: '7396D0' },
      { token: 'string.sql', foreground: 'FF6464' },
    ],
    colors: {
      'editorLineNumber.dimmedForeground': '#858585',
    },
  },
};

/** Monaco's theme name for the page's theme. */
export function monacoTheme(theme: ResolvedTheme): string {
  return MONACO_THEME_NAMES[theme];
}

/** Registers both themes with this Monaco (call it in an editor's beforeMount). */
export function defineMonacoThemes(monaco: { editor: Pick<typeof MonacoApi.editor, 'defineTheme'> }): void {
  for (const theme of ['light', 'dark'] as const)
    monaco.editor.defineTheme(MONACO_THEME_NAMES[theme], MONACO_THEMES[theme]);
}

import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/theme/contrast';
import { MONACO_THEMES } from '@/lib/theme/monaco-themes';
import { DIFF_COLOURS, DIFF_THEME_NAMES, defineDiffThemes, diffThemeData } from './diff-themes';

// The faintest text each editor theme shows on a line: Monaco's stock teal
// (types) and comments, and every token colour the editor theme replaces.
const FAINTEST = {
  light: ['008080', '008000', ...MONACO_THEMES.light.rules.map((r) => r.foreground!)],
  dark: ['6A9955', '4EC9B0', ...MONACO_THEMES.dark.rules.map((r) => r.foreground!)],
};
// Line numbers, in the gutter.
const LINE_NUMBERS = { light: '237893', dark: '858585' };

describe('diff themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: text on a changed line still meets 4.5:1`, () => {
      const tints = ['diffEditor.insertedLineBackground', 'diffEditor.removedLineBackground'].map(
        (name) => DIFF_COLOURS[theme][name],
      );
      for (const tint of tints) {
        for (const colour of FAINTEST[theme])
          expect(contrastRatio(colour, tint), `${colour} on ${tint}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: line numbers of changed lines still meet 4.5:1`, () => {
      for (const name of ['diffEditorGutter.insertedLineBackground', 'diffEditorGutter.removedLineBackground']) {
        const tint = DIFF_COLOURS[theme][name];
        if (tint === '#00000000') continue; // no tint: the plain background, checked by the editor theme
        expect(contrastRatio(LINE_NUMBERS[theme], tint), name).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: changed text is outlined, not filled, so its colour is untouched`, () => {
      expect(DIFF_COLOURS[theme]['diffEditor.insertedTextBackground']).toBe('#00000000');
      expect(DIFF_COLOURS[theme]['diffEditor.removedTextBackground']).toBe('#00000000');
      const background = theme === 'light' ? '#FFFFFE' : '#1E1E1E';
      // Outlines are UI graphics: WCAG asks 3:1 against what surrounds them.
      expect(contrastRatio(DIFF_COLOURS[theme]['diffEditor.insertedTextBorder'], background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(DIFF_COLOURS[theme]['diffEditor.removedTextBorder'], background)).toBeGreaterThanOrEqual(3);
    });

    it(`${theme}: is the code editor's theme plus diff colours`, () => {
      const data = diffThemeData(theme);
      expect(data.base).toBe(MONACO_THEMES[theme].base);
      expect(data.rules).toBe(MONACO_THEMES[theme].rules);
      expect(data.colors).toMatchObject(MONACO_THEMES[theme].colors);
    });
  }

  it('registers both under the names the diff editor asks for', () => {
    const defined = new Map<string, unknown>();
    defineDiffThemes({ editor: { defineTheme: (name, data) => void defined.set(name, data) } });
    expect([...defined.keys()]).toEqual([DIFF_THEME_NAMES.light, DIFF_THEME_NAMES.dark]);
  });
});

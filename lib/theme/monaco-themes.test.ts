import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { defineMonacoThemes, MONACO_BACKGROUNDS, MONACO_THEMES, monacoTheme } from './monaco-themes';

describe('contrast ratio', () => {
  it('matches the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Monaco's stock dark-theme comment colour, the reason these themes exist.
    expect(contrastRatio('608B4E', '1E1E1E')).toBeLessThan(4.5);
  });

  it('refuses a colour it cannot read', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/Not a #rrggbb colour: "red"/);
  });
});

describe('editor themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every replaced token colour meets 4.5:1 on the editor background`, () => {
      for (const rule of MONACO_THEMES[theme].rules) {
        expect(contrastRatio(rule.foreground!, MONACO_BACKGROUNDS[theme]), rule.token).toBeGreaterThanOrEqual(4.5);
      }
      for (const [name, colour] of Object.entries(MONACO_THEMES[theme].colors)) {
        expect(contrastRatio(colour, MONACO_BACKGROUNDS[theme]), name).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it("builds on Monaco's light and dark themes, so the editor keeps its .vs / .vs-dark look", () => {
    expect(MONACO_THEMES.light.base).toBe('vs');
    expect(MONACO_THEMES.dark.base).toBe('vs-dark');
  });

  it('registers both themes under the names the editors ask for', () => {
    const defined = new Map<string, unknown>();
    defineMonacoThemes({ editor: { defineTheme: (name, data) => void defined.set(name, data) } });
    expect(defined.get(monacoTheme('light'))).toBe(MONACO_THEMES.light);
    expect(defined.get(monacoTheme('dark'))).toBe(MONACO_THEMES.dark);
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/theme/contrast';
import { TERMINAL_THEMES, TEXT_COLOURS } from './terminal-themes';

describe('terminal colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every text colour meets 4.5:1 on the terminal background`, () => {
      const palette = TERMINAL_THEMES[theme];
      for (const name of TEXT_COLOURS) {
        expect(contrastRatio(palette[name], palette.background), name).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('tells red from green in both themes (test results are read by colour too)', () => {
    for (const palette of Object.values(TERMINAL_THEMES)) expect(palette.red).not.toBe(palette.green);
  });
});

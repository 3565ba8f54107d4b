import { describe, expect, it } from 'vitest';
import { createUndimmer, withoutDim } from './undim';

const ESC = '\x1b';

describe('dropping dim from terminal output', () => {
  it('removes SGR 2 and keeps the other attributes', () => {
    const undim = createUndimmer();
    expect(undim(`${ESC}[2mdim${ESC}[22m plain`)).toBe(`dim${ESC}[22m plain`);
    expect(undim(`${ESC}[2;31mred${ESC}[0m`)).toBe(`${ESC}[31mred${ESC}[0m`);
    expect(undim(`${ESC}[1;2;32mx`)).toBe(`${ESC}[1;32mx`);
  });

  it('leaves resets, other sequences and plain text untouched', () => {
    const undim = createUndimmer();
    const text = `${ESC}[m${ESC}[2K${ESC}[1A ✓ 2 tests 12 passed${ESC}[32m ok${ESC}[39m\n`;
    expect(undim(text)).toBe(text);
  });

  it('does not mistake a colour argument of 2 for dim', () => {
    expect(withoutDim('38;2;10;2;30')).toBe('38;2;10;2;30');
    expect(withoutDim('48;5;2;2')).toBe('48;5;2');
    expect(withoutDim('2;38;5;2')).toBe('38;5;2');
  });

  it('handles a sequence split across chunks', () => {
    const undim = createUndimmer();
    const out = [`a${ESC}`, '[', '2;3', '1mred', `${ESC}[0m`].map(undim).join('');
    expect(out).toBe(`a${ESC}[31mred${ESC}[0m`);
  });
});

import { describe, expect, it } from 'vitest';
import { TerminalBuffer } from './terminal-buffer';

function fakeTerminal() {
  const written: string[] = [];
  return {
    written,
    text: () => written.join(''),
    write: (d: string) => void written.push(d),
    clear: () => void (written.length = 0),
  };
}

describe('TerminalBuffer', () => {
  it('shows output written before the terminal mounted, then streams', () => {
    const buffer = new TerminalBuffer();
    buffer.write('$ npm install\r\n');
    buffer.write('added 250 packages\r\n');
    const terminal = fakeTerminal();
    buffer.attach(terminal);
    buffer.write('done\r\n');
    expect(terminal.text()).toBe('$ npm install\r\nadded 250 packages\r\ndone\r\n');
  });

  it('gives a remounted terminal the whole history, and a detached one nothing new', () => {
    const buffer = new TerminalBuffer();
    const first = fakeTerminal();
    const detach = buffer.attach(first);
    buffer.write('one ');
    detach();
    buffer.write('two');
    expect(first.text()).toBe('one ');
    const second = fakeTerminal();
    buffer.attach(second);
    expect(second.text()).toBe('one two');
  });

  it('keeps only the most recent output beyond its limit', () => {
    const buffer = new TerminalBuffer(5);
    buffer.write('abc');
    buffer.write('defg');
    const terminal = fakeTerminal();
    buffer.attach(terminal);
    expect(terminal.text()).toBe('cdefg');
  });
});

'use client';
// xterm.js showing the raw output of runs (ANSI colours included), fitted to its box.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import type { TerminalBuffer } from './terminal-buffer';
import { TERMINAL_THEMES } from './terminal-themes';
import { createUndimmer } from './undim';

export function TerminalView({ buffer, dark }: { buffer: TerminalBuffer; dark: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const terminal = useRef<Terminal | null>(null);
  const darkRef = useRef(dark);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const term = new Terminal({
      convertEol: true,
      disableStdin: true,
      cursorInactiveStyle: 'none',
      fontSize: 12,
      lineHeight: 1.2,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      scrollback: 5000,
      // Colours a program picks itself (256-colour, RGB) are adjusted to stay legible.
      minimumContrastRatio: 4.5,
      theme: TERMINAL_THEMES[darkRef.current ? 'dark' : 'light'],
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element);
    terminal.current = term;
    const refit = () => {
      if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
    };
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(element);
    const undim = createUndimmer();
    const detach = buffer.attach({ write: (data) => term.write(undim(data)), clear: () => term.clear() });
    return () => {
      detach();
      observer.disconnect();
      term.dispose();
      terminal.current = null;
    };
  }, [buffer]);

  useEffect(() => {
    darkRef.current = dark;
    if (terminal.current) terminal.current.options.theme = TERMINAL_THEMES[dark ? 'dark' : 'light'];
  }, [dark]);

  return <div ref={host} className="h-full min-h-0 w-full overflow-hidden px-2 py-1" data-testid="terminal" />;
}

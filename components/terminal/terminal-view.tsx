'use client';
// xterm.js showing the raw output of runs (ANSI colours included), fitted to its box.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import type { TerminalBuffer } from './terminal-buffer';

const LIGHT: ITheme = {
  background: '#fafafa', foreground: '#27272a', cursor: '#fafafa', selectionBackground: '#bae6fd',
  black: '#27272a', red: '#be123c', green: '#047857', yellow: '#a16207', blue: '#1d4ed8',
  magenta: '#a21caf', cyan: '#0e7490', white: '#71717a', brightBlack: '#71717a',
};
const DARK: ITheme = {
  background: '#09090b', foreground: '#e4e4e7', cursor: '#09090b', selectionBackground: '#0c4a6e',
  black: '#18181b', red: '#fb7185', green: '#34d399', yellow: '#fbbf24', blue: '#60a5fa',
  magenta: '#e879f9', cyan: '#22d3ee', white: '#e4e4e7', brightBlack: '#a1a1aa',
};

export function TerminalView({ buffer, dark }: { buffer: TerminalBuffer; dark: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const terminal = useRef<Terminal | null>(null);

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
    const detach = buffer.attach(term);
    return () => {
      detach();
      observer.disconnect();
      term.dispose();
      terminal.current = null;
    };
  }, [buffer]);

  useEffect(() => {
    if (terminal.current) terminal.current.options.theme = dark ? DARK : LIGHT;
  }, [dark]);

  return <div ref={host} className="h-full min-h-0 w-full overflow-hidden px-2 py-1" data-testid="terminal" />;
}

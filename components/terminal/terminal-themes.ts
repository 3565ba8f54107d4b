// xterm.js colours for the light and dark page themes. Every colour text can be
// drawn in meets WCAG AA (4.5:1) on its background (terminal-themes.test.ts):
// xterm's default palette does not (bright green on white is 1.5:1).
import type { ITheme } from '@xterm/xterm';
import type { ResolvedTheme } from '@/lib/theme/theme';

/** ANSI colours a program can print in (the 16 of the palette, plus the default foreground). */
export const TEXT_COLOURS = [
  'foreground',
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'brightBlack',
  'brightRed',
  'brightGreen',
  'brightYellow',
  'brightBlue',
  'brightMagenta',
  'brightCyan',
  'brightWhite',
] as const satisfies readonly (keyof ITheme)[];

type Palette = Required<Pick<ITheme, (typeof TEXT_COLOURS)[number] | 'background' | 'cursor' | 'selectionBackground'>>;

export const TERMINAL_THEMES: Record<ResolvedTheme, Palette> = {
  light: {
    background: '#fafafa',
    foreground: '#27272a',
    cursor: '#fafafa',
    selectionBackground: '#bae6fd',
    black: '#27272a',
    red: '#b91c1c',
    green: '#047857',
    yellow: '#92400e',
    blue: '#1d4ed8',
    magenta: '#a21caf',
    cyan: '#0e7490',
    white: '#52525b',
    brightBlack: '#52525b',
    brightRed: '#991b1b',
    brightGreen: '#065f46',
    brightYellow: '#78350f',
    brightBlue: '#1e40af',
    brightMagenta: '#86198f',
    brightCyan: '#155e75',
    brightWhite: '#3f3f46',
  },
  dark: {
    background: '#09090b',
    foreground: '#e4e4e7',
    cursor: '#09090b',
    selectionBackground: '#0c4a6e',
    black: '#a1a1aa',
    red: '#f87171',
    green: '#34d399',
    yellow: '#facc15',
    blue: '#60a5fa',
    magenta: '#e879f9',
    cyan: '#22d3ee',
    white: '#e4e4e7',
    brightBlack: '#a1a1aa',
    brightRed: '#fca5a5',
    brightGreen: '#6ee7b7',
    brightYellow: '#fde047',
    brightBlue: '#93c5fd',
    brightMagenta: '#f0abfc',
    brightCyan: '#67e8f9',
    brightWhite: '#fafafa',
  },
};

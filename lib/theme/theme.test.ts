import { describe, expect, it } from 'vitest';
import { applyTheme, parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, themeScript, type ThemeChoice } from './theme';

/** Just enough of <html> for the theme code: classList, dataset, style. */
function fakeRoot() {
  const classes = new Set<string>();
  return {
    classList: {
      toggle: (name: string, on: boolean) => void (on ? classes.add(name) : classes.delete(name)),
      contains: (name: string) => classes.has(name),
    },
    dataset: {} as Record<string, string>,
    style: {} as Record<string, string>,
    classes,
  };
}

/** Runs the <head> script against a fake browser; returns handles to poke it. */
function runScript(stored: string | null, systemDark: boolean, options: { storageThrows?: boolean } = {}) {
  const root = fakeRoot();
  const store = new Map<string, string>(stored === null ? [] : [[THEME_STORAGE_KEY, stored]]);
  const mediaListeners: (() => void)[] = [];
  const windowListeners: ((e: { key: string | null }) => void)[] = [];
  const media = { matches: systemDark, addEventListener: (_: string, fn: () => void) => mediaListeners.push(fn) };
  const window = {
    matchMedia: () => media,
    addEventListener: (_: string, fn: (e: { key: string | null }) => void) => windowListeners.push(fn),
  };
  const localStorage = {
    getItem: (key: string) => {
      if (options.storageThrows) throw new Error('SecurityError');
      return store.get(key) ?? null;
    },
  };
  new Function('window', 'document', 'localStorage', themeScript())(window, { documentElement: root }, localStorage);
  return {
    root,
    setSystemDark(dark: boolean) {
      media.matches = dark;
      mediaListeners.forEach((fn) => fn());
    },
    storeFromOtherTab(value: string) {
      store.set(THEME_STORAGE_KEY, value);
      windowListeners.forEach((fn) => fn({ key: THEME_STORAGE_KEY }));
    },
  };
}

describe('theme choice', () => {
  it('reads only "light" and "dark" as a choice; anything else follows the system', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    for (const junk of [null, undefined, '', 'DARK', 'system', 42, '{"theme":"dark"}'])
      expect(parseThemeChoice(junk)).toBe('system');
  });

  it('resolves "system" from the system setting and keeps an explicit choice', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('the <head> theme script', () => {
  const cases: [string | null, boolean, 'light' | 'dark', ThemeChoice][] = [
    [null, true, 'dark', 'system'],
    [null, false, 'light', 'system'],
    ['light', true, 'light', 'light'],
    ['dark', false, 'dark', 'dark'],
    ['purple', true, 'dark', 'system'],
  ];
  it.each(cases)('stored %s, system dark %s → %s', (stored, systemDark, expected, choice) => {
    const { root } = runScript(stored, systemDark);
    expect(root.classList.contains('dark')).toBe(expected === 'dark');
    expect(root.classList.contains('light')).toBe(expected === 'light');
    expect(root.dataset.themeChoice).toBe(choice);
    expect(root.style.colorScheme).toBe(expected);
  });

  it('marks <html> exactly as applyTheme does', () => {
    for (const [stored, systemDark] of cases) {
      const { root: fromScript } = runScript(stored, systemDark);
      const fromApp = fakeRoot();
      const choice = parseThemeChoice(stored);
      applyTheme(fromApp as unknown as HTMLElement, choice, resolveTheme(choice, systemDark));
      expect([...fromScript.classes].sort()).toEqual([...fromApp.classes].sort());
      expect(fromScript.dataset).toEqual(fromApp.dataset);
      expect(fromScript.style).toEqual(fromApp.style);
    }
  });

  it('follows a change of the system setting unless the learner chose', () => {
    const following = runScript(null, false);
    following.setSystemDark(true);
    expect(following.root.classList.contains('dark')).toBe(true);
    const chosen = runScript('light', false);
    chosen.setSystemDark(true);
    expect(chosen.root.classList.contains('dark')).toBe(false);
  });

  it('picks up a choice made in another tab', () => {
    const page = runScript(null, false);
    page.storeFromOtherTab('dark');
    expect(page.root.classList.contains('dark')).toBe(true);
    expect(page.root.dataset.themeChoice).toBe('dark');
  });

  it('still follows the system when storage is blocked', () => {
    const { root } = runScript(null, true, { storageThrows: true });
    expect(root.classList.contains('dark')).toBe(true);
  });
});

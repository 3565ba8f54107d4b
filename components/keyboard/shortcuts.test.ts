import { describe, expect, it } from 'vitest';
import { isHelpKey, isModKey, keyLabel, SHORTCUTS } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isModKey', () => {
  it('is Ctrl on Windows and Linux, ⌘ on a Mac', () => {
    expect(isModKey(key('s', { ctrlKey: true }), 's', false)).toBe(true);
    expect(isModKey(key('s', { metaKey: true }), 's', false)).toBe(false);
    expect(isModKey(key('s', { metaKey: true }), 's', true)).toBe(true);
    expect(isModKey(key('s', { ctrlKey: true }), 's', true)).toBe(false);
  });

  it('ignores other modifiers and other keys; matches capitals (Caps Lock)', () => {
    expect(isModKey(key('s', { ctrlKey: true, shiftKey: true }), 's', false)).toBe(false);
    expect(isModKey(key('s', { ctrlKey: true, altKey: true }), 's', false)).toBe(false);
    expect(isModKey(key('k', { ctrlKey: true }), 's', false)).toBe(false);
    expect(isModKey(key('S', { ctrlKey: true }), 's', false)).toBe(true);
    expect(isModKey(key('Enter', { ctrlKey: true }), 'Enter', false)).toBe(true);
  });
});

describe('isHelpKey', () => {
  it('is "?" however Shift produced it, but not with Ctrl, ⌘ or Alt', () => {
    expect(isHelpKey(key('?', { shiftKey: true }))).toBe(true);
    expect(isHelpKey(key('?', { ctrlKey: true }))).toBe(false);
    expect(isHelpKey(key('/'))).toBe(false);
  });
});

describe('SHORTCUTS', () => {
  it('lists each shortcut once, with keys and a description', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const shortcut of SHORTCUTS) {
      expect(shortcut.keys.length).toBeGreaterThan(0);
      expect(shortcut.description.length).toBeGreaterThan(10);
    }
  });

  it('names Ctrl or ⌘ by platform', () => {
    expect(keyLabel('Mod', true)).toBe('⌘');
    expect(keyLabel('Mod', false)).toBe('Ctrl');
    expect(keyLabel('S', true)).toBe('S');
  });
});

// Every keyboard shortcut of the workbook, in one list: the help dialog shows
// it, and the handlers match key events against the same definitions.

export type ShortcutId =
  'save' | 'run' | 'search' | 'help' | 'close' | 'leaveEditor' | 'tabMode' | 'tree' | 'tabs' | 'closeTab';

export interface Shortcut {
  id: ShortcutId;
  /** Keys as shown to the learner; "Mod" becomes ⌘ on a Mac and Ctrl elsewhere. */
  keys: string[][];
  description: string;
}

export const SHORTCUTS: Shortcut[] = [
  { id: 'save', keys: [['Mod', 'S']], description: 'Save your files and run the tests (also inside the editor)' },
  { id: 'run', keys: [['Mod', 'Enter']], description: 'Run the tests (also inside the editor)' },
  { id: 'search', keys: [['Mod', 'K']], description: 'Search the lessons, from any page' },
  { id: 'help', keys: [['?']], description: 'Show this list (when not typing in a text field)' },
  { id: 'close', keys: [['Esc']], description: 'Close a dialog; focus returns where it was' },
  {
    id: 'leaveEditor',
    keys: [['Esc'], ['Tab']],
    description: 'Leave the code editor: Escape, then Tab (Shift+Tab goes back)',
  },
  {
    id: 'tabMode',
    keys: [['Ctrl', 'M']],
    description: 'In the editor, switch Tab between moving focus and inserting a tab (⌃⇧M on a Mac)',
  },
  {
    id: 'tree',
    keys: [['↑'], ['↓'], ['←'], ['→'], ['Enter']],
    description: 'In the file tree: move, close or open a folder, open a file',
  },
  { id: 'tabs', keys: [['←'], ['→'], ['Home'], ['End']], description: 'In the open-file tabs: switch between files' },
  { id: 'closeTab', keys: [['Delete']], description: 'In the open-file tabs: close the selected file' },
];

export function isApplePlatform(platform = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /Mac|iPhone|iPad|iPod/.test(platform);
}

/** The key names the learner presses on this platform. */
export function keyLabel(key: string, apple: boolean): string {
  if (key === 'Mod') return apple ? '⌘' : 'Ctrl';
  return key;
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Ctrl+<key> (⌘+<key> on a Mac, where Ctrl+<key> is left to the system), nothing else held but Shift when allowed. */
export function isModKey(event: KeyEventLike, key: string, apple = isApplePlatform()): boolean {
  const mod = apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key.toLowerCase();
}

/** "?" typed on its own (Shift is part of typing it on most layouts). */
export function isHelpKey(event: KeyEventLike): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** True when keys typed at `target` are text: inputs, text areas, Monaco, anything editable. */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.closest('.monaco-editor')) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

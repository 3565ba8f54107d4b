// Keys the workbench adds to Monaco. Ctrl/Cmd+S and Ctrl/Cmd+Enter are editor
// commands, so they work while the editor has focus (where Monaco would
// otherwise swallow them). "Escape, then Tab" leaves the editor: Monaco keeps
// Tab for indenting, so without a way out keyboard users would be trapped.
import type { Monaco } from '@/lib/editor/monaco';

type Editor = ReturnType<Monaco['editor']['create']>;

export interface EditorKeyHandlers {
  save(): void;
  run(): void;
}

/** `handlers` is read at key time, so the caller can keep it current without re-registering. */
export function registerWorkbenchKeys(editor: Editor, monaco: Monaco, handlers: { current: EditorKeyHandlers }): void {
  const { KeyMod, KeyCode } = monaco;
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => handlers.current.save());
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => handlers.current.run());
  registerEscapeThenTab(editor, monaco);
}

/**
 * After Escape, the next Tab (or Shift+Tab) moves focus out of the editor, the
 * way CodeMirror does it. Any other key, or leaving the editor, ends that.
 */
function registerEscapeThenTab(editor: Editor, monaco: Monaco): void {
  const { KeyCode } = monaco;
  let armed = false;
  const setArmed = (next: boolean) => {
    if (armed === next) return;
    armed = next;
    editor.updateOptions({ tabFocusMode: next });
  };
  editor.onKeyDown((event) => {
    if (event.keyCode === KeyCode.Escape) setArmed(true);
    else if (event.keyCode !== KeyCode.Tab && event.keyCode !== KeyCode.Shift) setArmed(false);
  });
  editor.onDidBlurEditorText(() => setArmed(false));
}

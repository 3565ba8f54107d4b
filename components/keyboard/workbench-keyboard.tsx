'use client';
// The lesson page's shortcuts: Ctrl/Cmd+S saves and runs the tests, Ctrl/Cmd+Enter
// runs them, "?" opens the help (also opened by the visible "Keyboard shortcuts"
// button this renders). Inside Monaco the editor's own commands handle S and
// Enter (components/editor/editor-keybindings.ts), so the page never sees them twice.
import { useEffect, useRef, useState } from 'react';
import { isHelpKey, isModKey, isTextField } from './shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';

export interface WorkbenchKeyboardProps {
  onSave: () => void;
  onRun: () => void;
  className?: string;
}

export function WorkbenchKeyboard({ onSave, onRun, className }: WorkbenchKeyboardProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  const handlers = useRef({ onSave, onRun });
  useEffect(() => {
    handlers.current = { onSave, onRun };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (isModKey(event, 's')) {
        event.preventDefault(); // not the browser's "Save page as"
        handlers.current.onSave();
      } else if (isModKey(event, 'Enter')) {
        event.preventDefault();
        handlers.current.onRun();
      } else if (isHelpKey(event) && !isTextField(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className={className} onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
        Keyboard shortcuts
      </button>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </>
  );
}

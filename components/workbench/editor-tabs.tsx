'use client';
// Open files as WAI-ARIA tabs: arrows move between them, Delete closes one.
// The × is part of the tab (not a second focus stop), so the tablist holds only tabs.
import { useRef, type KeyboardEvent } from 'react';
import { LockIcon } from './icons';

export interface EditorTabsProps {
  openPaths: string[];
  activePath: string;
  readOnly: ReadonlySet<string>;
  panelId: string;
  onSelect: (path: string) => void;
  onClose: (path: string) => void;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function EditorTabs({ openPaths, activePath, readOnly, panelId, onSelect, onClose }: EditorTabsProps) {
  const tabs = useRef(new Map<string, HTMLButtonElement>());

  const select = (path: string | undefined) => {
    if (!path) return;
    onSelect(path);
    tabs.current.get(path)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, path: string) => {
    const index = openPaths.indexOf(path);
    const actions: Record<string, () => void> = {
      ArrowRight: () => select(openPaths[(index + 1) % openPaths.length]),
      ArrowLeft: () => select(openPaths[(index - 1 + openPaths.length) % openPaths.length]),
      Home: () => select(openPaths[0]),
      End: () => select(openPaths[openPaths.length - 1]),
      Delete: () => onClose(path),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      role="tablist"
      aria-label="Open files"
      className="flex min-w-0 overflow-x-auto border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {openPaths.map((path) => {
        const selected = path === activePath;
        const locked = readOnly.has(path);
        return (
          <button
            key={path}
            ref={(el) => {
              if (el) tabs.current.set(path, el);
              else tabs.current.delete(path);
            }}
            type="button"
            role="tab"
            id={`${panelId}-tab-${path}`}
            aria-selected={selected}
            aria-controls={panelId}
            title={path}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(path)}
            onAuxClick={(event) => event.button === 1 && onClose(path)}
            onKeyDown={(event) => onKeyDown(event, path)}
            className={`group flex shrink-0 items-center gap-1.5 border-r border-zinc-200 px-3 py-1.5 text-[13px] outline-none! focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-inset dark:border-zinc-800 ${
              selected
                ? 'bg-white text-zinc-900 shadow-[inset_0_-2px_0_0_var(--color-sky-500)] dark:bg-zinc-950 dark:text-zinc-100'
                : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800'
            }`}
          >
            <span>{fileName(path)}</span>
            {locked && (
              <span className="flex items-center gap-0.5 text-[11px] text-zinc-500 dark:text-zinc-400">
                <LockIcon />
                (read-only)
              </span>
            )}
            <span
              aria-hidden="true"
              title={`Close ${fileName(path)}`}
              onClick={(event) => {
                event.stopPropagation();
                onClose(path);
              }}
              className="ml-1 rounded px-1 text-zinc-400 opacity-60 hover:bg-zinc-200 hover:text-zinc-700 group-hover:opacity-100 dark:hover:bg-zinc-700 dark:hover:text-zinc-200"
            >
              ×
            </span>
          </button>
        );
      })}
    </div>
  );
}

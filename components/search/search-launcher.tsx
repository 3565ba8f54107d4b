'use client';
// The header's "Search" button, and Ctrl/Cmd+K from anywhere on the page (also
// inside the code editor: the listener runs in the capture phase, before Monaco).
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/content/types';
import { isApplePlatform, isModKey } from '../keyboard/shortcuts';
import { SearchDialog } from './search-dialog';
import { searchStrings } from './search-strings';

const noSubscription = () => () => undefined;

export function SearchLauncher({ locale }: { locale: Locale }) {
  const t = searchStrings(locale);
  const [open, setOpen] = useState(false);
  const apple = useSyncExternalStore(
    noSubscription,
    () => isApplePlatform(),
    () => false,
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isModKey(event, 'k')) return;
      event.preventDefault(); // the browser's own Ctrl+K focuses its address bar
      event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        className="flex items-center gap-2 rounded-md border border-zinc-300 px-2.5 py-1 text-sm text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        {t.button}
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-zinc-300 px-1 font-mono text-[11px] text-zinc-500 sm:inline dark:border-zinc-600 dark:text-zinc-400"
        >
          {apple ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {open && <SearchDialog locale={locale} onClose={() => setOpen(false)} />}
    </>
  );
}

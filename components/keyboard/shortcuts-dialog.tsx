'use client';
// The "Keyboard shortcuts" help: every shortcut of SHORTCUTS, with the keys of
// this platform (⌘ on a Mac, Ctrl elsewhere).
import { Fragment, useId, useSyncExternalStore } from 'react';
import { ModalDialog } from '../dialog/modal-dialog';
import { isApplePlatform, keyLabel, SHORTCUTS } from './shortcuts';

const KBD =
  'rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs text-zinc-800 shadow-[inset_0_-1px_0_0_var(--color-zinc-300)] dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100';

const noSubscription = () => () => undefined;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const apple = useSyncExternalStore(
    noSubscription,
    () => isApplePlatform(),
    () => false,
  );
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="m-auto w-[min(36rem,calc(100vw-2rem))] p-5">
      <div className="flex items-start justify-between gap-4">
        <h2 id={titleId} className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
        >
          Close
        </button>
      </div>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2.5 text-sm">
        {SHORTCUTS.map((shortcut) => (
          <Fragment key={shortcut.id}>
            <dt className="flex flex-wrap items-center gap-1 whitespace-nowrap">
              {shortcut.keys.map((combo, i) => (
                <span key={i} className="flex items-center gap-1">
                  {i > 0 && (
                    <span className="text-zinc-500 dark:text-zinc-400">
                      {shortcut.id === 'leaveEditor' ? 'then' : '/'}
                    </span>
                  )}
                  {combo.map((key, j) => (
                    <Fragment key={j}>
                      {j > 0 && <span aria-hidden="true">+</span>}
                      <kbd className={KBD}>{keyLabel(key, apple)}</kbd>
                    </Fragment>
                  ))}
                </span>
              ))}
            </dt>
            <dd className="text-zinc-700 dark:text-zinc-300">{shortcut.description}</dd>
          </Fragment>
        ))}
      </dl>
    </ModalDialog>
  );
}

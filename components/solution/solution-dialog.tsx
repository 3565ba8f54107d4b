'use client';
// "Show solution": a modal dialog comparing the learner's code with the
// solution, file by file. Nothing changes until "Apply solution", which keeps a
// copy of the learner's code for "Restore my code".
import { useId, useMemo, useState } from 'react';
import type { FileMap } from '@/lib/runtime/types';
import { ModalDialog } from '../dialog/modal-dialog';
import { solutionChanges, type SolutionChange } from './solution-changes';
import { SolutionDiff } from './solution-diff';

export interface SolutionDialogProps {
  files: FileMap;
  solution: FileMap;
  dark: boolean;
  onApply: () => void;
  onClose: () => void;
}

const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium';

function badge(change: SolutionChange): string {
  if (change.same) return 'same as yours';
  return change.learner === undefined ? 'new file' : 'differs';
}

export function SolutionDialog({ files, solution, dark, onApply, onClose }: SolutionDialogProps) {
  // The list is fixed while the dialog is open: the learner cannot edit meanwhile.
  const changes = useMemo(() => solutionChanges(files, solution), [files, solution]);
  const [selected, setSelected] = useState(() => (changes.find((c) => !c.same) ?? changes[0])?.path);
  const change = changes.find((c) => c.path === selected);
  const differing = changes.filter((c) => !c.same).length;
  const titleId = useId();

  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={onClose}
      className="m-auto flex h-[min(90vh,52rem)] w-[min(96vw,84rem)] flex-col overflow-hidden p-0 dark:bg-zinc-950"
    >
      <header className="flex items-start gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="text-base font-semibold">
            Solution
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Your code on the left, the solution on the right.{' '}
            {differing === 0
              ? 'Your files already match the solution.'
              : `${differing} of ${changes.length} files differ.`}{' '}
            Nothing changes until you apply it, and your code can be restored afterwards.
          </p>
        </div>
      </header>
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <nav
          aria-label="Files in the solution"
          className="max-h-40 shrink-0 overflow-auto border-b border-zinc-200 md:max-h-none md:w-64 md:border-r md:border-b-0 dark:border-zinc-800"
        >
          <ul className="p-1">
            {changes.map((c) => (
              <li key={c.path}>
                <button
                  type="button"
                  aria-current={c.path === selected ? 'true' : undefined}
                  onClick={() => setSelected(c.path)}
                  className="flex w-full flex-col rounded px-2 py-1 text-left text-xs hover:bg-zinc-100 aria-[current=true]:bg-sky-100 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
                >
                  <span className="font-mono break-all">{c.path}</span>
                  <span
                    className={c.same ? 'text-emerald-700 dark:text-emerald-400' : 'text-zinc-600 dark:text-zinc-400'}
                  >
                    {c.same ? '✓ ' : ''}
                    {badge(c)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section
          aria-label={change ? `Differences in ${change.path}` : 'Differences'}
          className="flex min-h-0 min-w-0 flex-1 flex-col"
        >
          <div
            aria-hidden="true"
            className="grid shrink-0 grid-cols-2 border-b border-zinc-200 text-xs font-semibold text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"
          >
            <span className="px-3 py-1">Your code</span>
            <span className="px-3 py-1">Solution</span>
          </div>
          <div className="min-h-0 flex-1">{change && <SolutionDiff change={change} dark={dark} />}</div>
        </section>
      </div>
      <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <button
          type="button"
          onClick={onClose}
          className={`${BUTTON} border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800`}
        >
          Close
        </button>
        <button
          type="button"
          onClick={() => {
            onApply();
            onClose();
          }}
          className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}
        >
          Apply solution
        </button>
      </footer>
    </ModalDialog>
  );
}

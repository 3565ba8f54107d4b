'use client';
// The toolbar's solution buttons: "Show solution" opens the diff dialog;
// "Restore my code" appears once "Apply solution" has kept the learner's code.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { FileMap } from '@/lib/runtime/types';
import { withSolution } from '../workbench/workbench-state';
import { keepLearnerCode, restoreLearnerCode } from './solution-changes';
import { SolutionDialog } from './solution-dialog';
import { useKeptCode, type KeptCodeStore } from './use-kept-code';

export interface SolutionControlsProps {
  lessonId: string;
  files: FileMap;
  solution: FileMap;
  dark: boolean;
  /** Replaces the learner's files in the editor and the runtime. */
  replaceFiles: (files: FileMap) => void;
  store: KeptCodeStore;
  buttonClassName: string;
}

export function SolutionControls({
  lessonId,
  files,
  solution,
  dark,
  replaceFiles,
  store,
  buttonClassName,
}: SolutionControlsProps) {
  const [open, setOpen] = useState(false);
  const { kept, setKept, problem } = useKeptCode(lessonId, store);
  const hasSolution = Object.keys(solution).length > 0;

  const apply = () => {
    setKept(keepLearnerCode(files, solution, kept));
    replaceFiles(withSolution(files, solution));
  };
  const restore = () => {
    if (!kept) return;
    replaceFiles(restoreLearnerCode(files, kept));
    setKept(null);
  };

  return (
    <>
      <button type="button" className={buttonClassName} onClick={() => setOpen(true)} disabled={!hasSolution}>
        Show solution
      </button>
      {kept && (
        <button
          type="button"
          className={buttonClassName}
          onClick={restore}
          title={`Brings back your code as it was before "Apply solution" (${new Date(kept.keptAt).toLocaleString()}).`}
        >
          Restore my code
        </button>
      )}
      {problem && (
        <p role="alert" className="text-xs text-amber-700 dark:text-amber-400">
          {problem}
        </p>
      )}
      {/* In <body>, not inside the toolbar: a dialog is not one of the toolbar's controls. */}
      {open &&
        createPortal(
          <SolutionDialog
            files={files}
            solution={solution}
            dark={dark}
            onApply={apply}
            onClose={() => setOpen(false)}
          />,
          document.body,
        )}
    </>
  );
}

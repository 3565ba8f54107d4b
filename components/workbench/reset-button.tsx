'use client';
// "Reset": puts the lesson's starting files back, after asking when that would
// discard any of the learner's edits.
import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';

const LISTED = 5;

export interface ResetButtonProps {
  className: string;
  /** Files whose contents differ from the lesson's starting files. */
  changedPaths: string[];
  onReset: () => void;
}

export function ResetButton({ className, changedPaths, onReset }: ResetButtonProps) {
  const [asking, setAsking] = useState(false);
  const extra = changedPaths.length - LISTED;
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => (changedPaths.length > 0 ? setAsking(true) : onReset())}
      >
        Reset
      </button>
      {asking && (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard my changes"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onReset();
          }}
        >
          <p>Reset puts back the lesson’s starting files. Your changes to these files will be lost:</p>
          <ul className="list-disc pl-5 font-mono text-xs">
            {changedPaths.slice(0, LISTED).map((path) => (
              <li key={path}>{path}</li>
            ))}
            {extra > 0 && <li className="font-sans">and {extra} more</li>}
          </ul>
          <p>Tasks you completed stay completed.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

// A boxed aside in lesson prose. "erratum" marks a claim of the seed report that
// the lesson corrects, so learners who read the report know which version to trust.
import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/content/mdx-component-names';

export interface CalloutProps {
  type: CalloutType;
  /** Heading of the box; the registry fills in the localised default for the type. */
  label: string;
  children?: ReactNode;
}

const TONES: Record<CalloutType, { box: string; mark: string }> = {
  note: {
    box: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40',
    mark: 'text-sky-800 dark:text-sky-200',
  },
  warning: {
    box: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
    mark: 'text-amber-900 dark:text-amber-200',
  },
  erratum: {
    box: 'border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40',
    mark: 'text-rose-800 dark:text-rose-200',
  },
};

export function Callout({ type, label, children }: CalloutProps) {
  const tone = TONES[type];
  return (
    <div role="note" data-callout={type} className={`not-prose my-6 rounded-md border-l-4 px-4 py-3 ${tone.box}`}>
      <p className={`mb-1 text-sm font-semibold ${tone.mark}`}>{label}</p>
      <div className="prose prose-zinc max-w-none text-[0.95rem] dark:prose-invert [&>:first-child]:mt-0 [&>:last-child]:mb-0">
        {children}
      </div>
    </div>
  );
}

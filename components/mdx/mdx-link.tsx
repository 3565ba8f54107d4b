// Links in lesson prose. Outside links open a new tab so the learner's editor
// state in this one is never lost; the tab change is announced to screen readers.
import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

export interface MdxLinkProps extends ComponentPropsWithoutRef<'a'> {
  /** Screen-reader note for outside links, in the prose's language. */
  newTabNote: string;
}

export function MdxLink({ href = '', children, newTabNote, ...props }: MdxLinkProps) {
  const className =
    'font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200';
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} className={className} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className} {...props}>
      {children}
      <span className="sr-only"> ({newTabNote})</span>
    </a>
  );
}

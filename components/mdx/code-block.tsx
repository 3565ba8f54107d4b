// Highlighted code blocks. Colours come from shiki's CSS variables (see globals.css),
// so one compiled block serves both light and dark mode.
import type { ComponentPropsWithoutRef } from 'react';

export function CodeBlock({ className, ...props }: ComponentPropsWithoutRef<'pre'>) {
  return (
    <pre
      {...props}
      className={`overflow-x-auto rounded-md border border-zinc-200 bg-white py-3 text-sm leading-relaxed text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200 ${className ?? ''}`}
    />
  );
}

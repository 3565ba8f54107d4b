// `code` in MDX: inline code gets a subtle box; code inside a highlighted block
// (marked by rehype-pretty-code's data-theme) is left to the block's styles.
import type { ComponentPropsWithoutRef } from 'react';

export function InlineCode(props: ComponentPropsWithoutRef<'code'> & { 'data-theme'?: string }) {
  if (props['data-theme']) return <code {...props} />;
  return (
    <code
      {...props}
      className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.9em] font-normal text-zinc-900 before:content-none after:content-none dark:bg-zinc-800 dark:text-zinc-100"
    />
  );
}

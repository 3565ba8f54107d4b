// Section headings in lesson prose. Each gets an id from its text so a section can be linked.
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

export function slugify(children: ReactNode): string {
  return textOf(children)
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) {
    return textOf((node.props as { children?: ReactNode }).children);
  }
  return '';
}

export function H2({ children, ...props }: HeadingProps) {
  return (
    <h2 id={props.id ?? slugify(children)} className="scroll-mt-20" {...props}>
      {children}
    </h2>
  );
}

export function H3({ children, ...props }: ComponentPropsWithoutRef<'h3'>) {
  return (
    <h3 id={props.id ?? slugify(children)} className="scroll-mt-20" {...props}>
      {children}
    </h3>
  );
}

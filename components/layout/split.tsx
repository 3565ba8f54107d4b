'use client';
// Resizable panels (react-resizable-panels) whose sizes the learner keeps:
// a group remembers its layout per id, and every handle is a labelled,
// focusable separator that arrow keys, Home and End move.
import { Group, Panel, Separator, type GroupProps } from 'react-resizable-panels';
import { useSavedLayout } from './use-saved-layout';

export { Panel as SplitPanel };

export type SplitGroupProps = Omit<GroupProps, 'id' | 'groupRef' | 'onLayoutChanged'> & { id: string };

export function SplitGroup({ id, ...props }: SplitGroupProps) {
  const { groupRef, onLayoutChanged } = useSavedLayout(id);
  return <Group id={id} groupRef={groupRef} onLayoutChanged={onLayoutChanged} {...props} />;
}

const HANDLE =
  'relative shrink-0 bg-zinc-200 outline-offset-0 transition-colors dark:bg-zinc-800 ' +
  'data-[separator=hover]:bg-sky-500 data-[separator=active]:bg-sky-600 data-[separator=focus]:bg-sky-600 ' +
  'dark:data-[separator=hover]:bg-sky-400 dark:data-[separator=active]:bg-sky-400 dark:data-[separator=focus]:bg-sky-400';

/**
 * The line between two panels. `between` says which way it moves: "columns"
 * for side-by-side panels (a vertical line), "rows" for stacked ones.
 */
export function ResizeHandle({
  label,
  between,
  className = '',
}: {
  label: string;
  between: 'columns' | 'rows';
  className?: string;
}) {
  const shape = between === 'columns' ? 'w-px' : 'h-px';
  return <Separator aria-label={label} className={`${HANDLE} ${shape} ${className}`} />;
}

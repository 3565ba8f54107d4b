'use client';
// The project's files as a WAI-ARIA tree: one tab stop (roving tabindex),
// arrows to move, Right/Left to open/close folders, Home/End, Enter/Space to open.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ChevronIcon, FileIcon, FolderIcon, LockIcon } from './icons';
import { ancestorsOf, buildTree, visibleRows, type TreeNode, type VisibleRow } from './file-tree-model';

export interface FileTreeProps {
  paths: string[];
  readOnly: ReadonlySet<string>;
  activePath: string;
  onOpen: (path: string) => void;
}

function initiallyExpanded(tree: TreeNode[], activePath: string): Set<string> {
  const top = tree.filter((n) => n.kind === 'folder' && (n.name === 'src' || n.name === 'test')).map((n) => n.path);
  return new Set([...top, ...ancestorsOf(activePath)]);
}

export function FileTree({ paths, readOnly, activePath, onOpen }: FileTreeProps) {
  const tree = useMemo(() => buildTree(paths), [paths]);
  const [expanded, setExpanded] = useState(() => initiallyExpanded(tree, activePath));
  const [focused, setFocused] = useState(activePath);
  const items = useRef(new Map<string, HTMLLIElement>());
  const rows = visibleRows(tree, expanded);
  const current = rows.find((r) => r.node.path === focused) ?? rows[0];

  const moveTo = (row: VisibleRow | undefined) => {
    if (!row) return;
    setFocused(row.node.path);
    items.current.get(row.node.path)?.focus();
  };
  const setOpen = (path: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(path);
      else next.delete(path);
      return next;
    });
  const activate = (node: TreeNode) => {
    setFocused(node.path);
    if (node.kind === 'file') onOpen(node.path);
    else setOpen(node.path, !expanded.has(node.path));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!current) return;
    const index = rows.indexOf(current);
    const { node } = current;
    const isOpenFolder = node.kind === 'folder' && expanded.has(node.path);
    const actions: Record<string, () => void> = {
      ArrowDown: () => moveTo(rows[index + 1]),
      ArrowUp: () => moveTo(rows[index - 1]),
      Home: () => moveTo(rows[0]),
      End: () => moveTo(rows[rows.length - 1]),
      ArrowRight: () => {
        if (node.kind !== 'folder') return;
        if (isOpenFolder) moveTo(rows[index + 1]);
        else setOpen(node.path, true);
      },
      ArrowLeft: () => {
        if (isOpenFolder) setOpen(node.path, false);
        else moveTo(rows.find((r) => r.node.path === current.parentPath));
      },
      Enter: () => activate(node),
      ' ': () => activate(node),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const renderNodes = (nodes: TreeNode[], level: number): React.ReactNode =>
    nodes.map((node, index) => {
      const isFolder = node.kind === 'folder';
      const open = isFolder && expanded.has(node.path);
      const locked = readOnly.has(node.path);
      const selected = node.path === activePath;
      return (
        <li
          key={node.path}
          ref={(el) => {
            if (el) items.current.set(node.path, el);
            else items.current.delete(node.path);
          }}
          role="treeitem"
          aria-label={locked ? `${node.name} (read-only)` : node.name}
          aria-level={level}
          aria-setsize={nodes.length}
          aria-posinset={index + 1}
          aria-expanded={isFolder ? open : undefined}
          aria-selected={isFolder ? undefined : selected}
          tabIndex={current?.node.path === node.path ? 0 : -1}
          onClick={(event) => {
            event.stopPropagation();
            activate(node);
          }}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocused(node.path);
          }}
          className="outline-none! [&:focus-visible>div]:ring-2 [&:focus-visible>div]:ring-sky-500 [&:focus-visible>div]:ring-inset"
        >
          <div
            className={`flex cursor-pointer items-center gap-1.5 truncate rounded py-[3px] pr-2 text-[13px] ${
              selected
                ? 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100'
                : 'hover:bg-zinc-100 dark:hover:bg-zinc-800/70'
            }`}
            style={{ paddingLeft: `${(level - 1) * 12 + 6}px` }}
          >
            <span className="inline-flex w-3 shrink-0 justify-center text-zinc-400">
              {isFolder && <ChevronIcon open={open} />}
            </span>
            {isFolder ? (
              <FolderIcon className="shrink-0 text-sky-600 dark:text-sky-400" />
            ) : (
              <FileIcon className="shrink-0 text-zinc-400 dark:text-zinc-500" />
            )}
            <span className="truncate">{node.name}</span>
            {locked && (
              <span className="flex shrink-0 items-center text-zinc-500 dark:text-zinc-400" title="Read-only">
                <LockIcon />
                <span className="sr-only">(read-only)</span>
              </span>
            )}
          </div>
          {open && <ul role="group">{renderNodes(node.children, level + 1)}</ul>}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label="Files" onKeyDown={onKeyDown} className="py-1 select-none">
      {renderNodes(tree, 1)}
    </ul>
  );
}

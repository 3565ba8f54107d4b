// The file tree's data: folders first, then files, each sorted by name; and the
// list of rows currently visible (for WAI-ARIA tree keyboard navigation).

export interface TreeNode {
  /** Workspace path ("src/users"); folders have no trailing slash. */
  path: string;
  name: string;
  kind: 'folder' | 'file';
  children: TreeNode[];
}

export function buildTree(paths: string[]): TreeNode[] {
  const root: TreeNode = { path: '', name: '', kind: 'folder', children: [] };
  for (const path of paths) {
    let parent = root;
    const segments = path.split('/');
    segments.forEach((name, index) => {
      const nodePath = segments.slice(0, index + 1).join('/');
      const kind = index === segments.length - 1 ? 'file' : 'folder';
      let node = parent.children.find((c) => c.name === name && c.kind === kind);
      if (!node) {
        node = { path: nodePath, name, kind, children: [] };
        parent.children.push(node);
      }
      parent = node;
    });
  }
  sortTree(root.children);
  return root.children;
}

function sortTree(nodes: TreeNode[]): void {
  nodes.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
  for (const node of nodes) sortTree(node.children);
}

export interface VisibleRow {
  node: TreeNode;
  level: number;
  parentPath: string | undefined;
  setSize: number;
  posInSet: number;
}

/** Rows in display order, skipping the contents of collapsed folders. */
export function visibleRows(
  nodes: TreeNode[],
  expanded: ReadonlySet<string>,
  level = 1,
  parentPath?: string,
): VisibleRow[] {
  return nodes.flatMap((node, index) => {
    const row: VisibleRow = { node, level, parentPath, setSize: nodes.length, posInSet: index + 1 };
    const open = node.kind === 'folder' && expanded.has(node.path);
    return open ? [row, ...visibleRows(node.children, expanded, level + 1, node.path)] : [row];
  });
}

/** Folders containing `path`, so it can be revealed ("src/users/a.ts" → ["src", "src/users"]). */
export function ancestorsOf(path: string): string[] {
  const segments = path.split('/').slice(0, -1);
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}

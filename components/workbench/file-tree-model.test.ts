import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildTree, visibleRows } from './file-tree-model';

const paths = ['src/users/users.service.ts', 'package.json', 'src/app.ts', 'test/app.e2e-spec.ts', 'src/main.ts'];

describe('buildTree', () => {
  it('lists folders before files, each by name', () => {
    const tree = buildTree(paths);
    expect(tree.map((n) => n.name)).toEqual(['src', 'test', 'package.json']);
    expect(tree[0].children.map((n) => `${n.kind}:${n.path}`)).toEqual([
      'folder:src/users',
      'file:src/app.ts',
      'file:src/main.ts',
    ]);
  });
});

describe('visibleRows', () => {
  it('hides the contents of collapsed folders and gives each row its level and position', () => {
    const rows = visibleRows(buildTree(paths), new Set(['src']));
    expect(rows.map((r) => [r.node.path, r.level, r.posInSet, r.setSize])).toEqual([
      ['src', 1, 1, 3],
      ['src/users', 2, 1, 3],
      ['src/app.ts', 2, 2, 3],
      ['src/main.ts', 2, 3, 3],
      ['test', 1, 2, 3],
      ['package.json', 1, 3, 3],
    ]);
    expect(rows[2].parentPath).toBe('src');
  });
});

describe('ancestorsOf', () => {
  it('lists the folders to expand to reveal a file', () => {
    expect(ancestorsOf('src/users/users.service.ts')).toEqual(['src', 'src/users']);
    expect(ancestorsOf('package.json')).toEqual([]);
  });
});

import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace, removeWorkspace, safeJoin, writeFiles, type Workspace } from './workspace';

describe('safeJoin', () => {
  it('joins paths inside the folder and refuses ones that escape it', () => {
    expect(safeJoin('/ws', 'src/a.ts')).toBe('/ws/src/a.ts');
    expect(() => safeJoin('/ws', '../etc/passwd')).toThrow('outside the workspace');
    expect(() => safeJoin('/ws', '/etc/passwd')).toThrow('outside the workspace');
  });
});

describe('createWorkspace', () => {
  let workspace: Workspace | undefined;
  afterEach(async () => {
    if (workspace) await removeWorkspace(workspace);
  });

  it('writes the files, links node_modules, and removes everything afterwards', async () => {
    const nodeModules = await mkdtemp(path.join(tmpdir(), 'verify-test-modules-'));
    try {
      workspace = await createWorkspace(
        { 'package.json': '{}', 'src/users/a.ts': 'export {};\n' },
        nodeModules,
        'part/lesson',
      );

      expect(readFileSync(path.join(workspace.dir, 'src/users/a.ts'), 'utf8')).toBe('export {};\n');
      expect(readlinkSync(path.join(workspace.dir, 'node_modules'))).toBe(nodeModules);
      expect(path.basename(workspace.root)).toMatch(/^workbook-verify-part-lesson-/);

      await writeFiles(workspace.dir, { 'src/users/a.ts': 'export const a = 1;\n' });
      expect(readFileSync(path.join(workspace.dir, 'src/users/a.ts'), 'utf8')).toBe('export const a = 1;\n');

      await removeWorkspace(workspace);
      expect(existsSync(workspace.root)).toBe(false);
      expect(existsSync(nodeModules)).toBe(true);
      workspace = undefined;
    } finally {
      await rm(nodeModules, { recursive: true, force: true });
    }
  });
});

// A throwaway project folder for one verification run: the lesson's files written
// out, and node_modules linked to an already installed starter (never installed here).
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FileMap } from '../runtime/types';

export interface Workspace {
  /** Holds the project folder and the run's report; removed as a whole. */
  root: string;
  /** The project Vitest runs in. */
  dir: string;
  reportFile: string;
}

/** Refuses paths that would land outside the project folder. */
export function safeJoin(dir: string, relative: string): string {
  const target = path.resolve(dir, relative);
  if (relative.startsWith('/') || !target.startsWith(dir + path.sep)) {
    throw new Error(`refusing to write "${relative}": it is outside the workspace`);
  }
  return target;
}

export async function writeFiles(dir: string, files: FileMap): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const target = safeJoin(dir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

export async function createWorkspace(files: FileMap, nodeModulesDir: string, label = 'lesson'): Promise<Workspace> {
  // Real path: Vitest reports real paths, and the temp folder may sit behind a symlink.
  const root = await realpath(
    await mkdtemp(path.join(tmpdir(), `workbook-verify-${label.replace(/[^a-z0-9-]/gi, '-')}-`)),
  );
  const dir = path.join(root, 'project');
  await mkdir(dir);
  await writeFiles(dir, files);
  await symlink(nodeModulesDir, path.join(dir, 'node_modules'), 'dir');
  return { root, dir, reportFile: path.join(root, 'report.json') };
}

export async function removeWorkspace(workspace: Workspace): Promise<void> {
  await rm(workspace.root, { recursive: true, force: true });
}

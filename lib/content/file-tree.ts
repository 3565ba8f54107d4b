// Turns a folder into a FileMap (workspace-relative POSIX path → text).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileMap } from '../runtime/types';

/** Never part of a learner's workspace: installed, generated or VCS files. */
const EXCLUDED_NAMES = new Set(['node_modules', 'package-lock.json', 'dist', 'coverage', '.git']);
const EXCLUDED_SUFFIXES = ['.tsbuildinfo'];

export function isExcluded(name: string): boolean {
  return EXCLUDED_NAMES.has(name) || EXCLUDED_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

export interface FileTree {
  files: FileMap;
  /** Workspace paths of files that are not UTF-8 text; the workspace cannot hold them. */
  binaries: string[];
}

/** Reads every file under `dir` recursively; a missing folder gives an empty tree. */
export async function readFileTree(dir: string): Promise<FileTree> {
  const tree: FileTree = { files: {}, binaries: [] };
  await walk(dir, '', tree);
  return tree;
}

async function walk(dir: string, prefix: string, tree: FileTree): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (isExcluded(entry.name)) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(absolute, relative, tree);
    else if (entry.isFile()) await addFile(absolute, relative, tree);
  }
}

async function addFile(absolute: string, relative: string, tree: FileTree): Promise<void> {
  const bytes = await readFile(absolute);
  if (bytes.includes(0)) {
    tree.binaries.push(relative);
    return;
  }
  tree.files[relative] = bytes.toString('utf8').replace(/\r\n/g, '\n');
}

/** `top` wins where both have a path; keys come out sorted, for a stable file tree. */
export function overlayFiles(base: FileMap, top: FileMap): FileMap {
  const merged: FileMap = { ...base, ...top };
  return Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key]]));
}

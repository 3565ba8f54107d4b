// A session's project folder: a copy of the starter (without installed or built
// output), node_modules linked to the starter's (installed once, never per
// workspace), the lesson's files on top, and the workbook's reporter.
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { FileMap } from '../../types';
import { REPORTER_PATH, REPORTER_SOURCE } from '../../report/reporter-source';
import { HttpError } from './http-utils';
import { checkRelativePath, resolveInside } from './paths';

/** Starter folders that are installed or generated, never copied. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'coverage', '.workbook', '.git']);

export interface FileLimits {
  maxFiles: number;
  /** Characters per file. */
  maxFileSize: number;
}

/** Checks a client's file map before anything is written: all good, or a 400 and no change. */
export function checkFileMap(files: unknown, limits: FileLimits): FileMap {
  if (!files || typeof files !== 'object' || Array.isArray(files)) {
    throw new HttpError(400, '"files" must be an object mapping paths to contents.');
  }
  const entries = Object.entries(files);
  if (entries.length > limits.maxFiles) {
    throw new HttpError(400, `Too many files (${entries.length}); the limit is ${limits.maxFiles}.`);
  }
  for (const [path, contents] of entries) {
    checkRelativePath(path);
    checkContents(path, contents, limits);
  }
  return files as FileMap;
}

export function checkContents(path: string, contents: unknown, limits: FileLimits): string {
  if (typeof contents !== 'string') throw new HttpError(400, `The contents of "${path}" must be a string.`);
  if (contents.length > limits.maxFileSize) {
    throw new HttpError(400, `"${path}" is larger than the limit of ${limits.maxFileSize} characters.`);
  }
  return contents;
}

function isCopied(starterDir: string, source: string): boolean {
  const [top] = relative(starterDir, source).split(sep);
  return !NOT_COPIED.has(top) && !source.endsWith('.tsbuildinfo');
}

/** Writes one file, creating folders; the path must already be checked or is checked here. */
export async function writeWorkspaceFile(workspace: string, path: string, contents: string): Promise<void> {
  const target = await resolveInside(workspace, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, contents);
}

export async function createWorkspace(workspace: string, starterDir: string, files: FileMap): Promise<void> {
  await mkdir(dirname(workspace), { recursive: true });
  await cp(starterDir, workspace, {
    recursive: true,
    filter: (source) => isCopied(starterDir, source),
  });
  await symlink(join(starterDir, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  await mkdir(join(workspace, '.workbook'), { recursive: true });
  await writeFile(join(workspace, REPORTER_PATH), REPORTER_SOURCE);
  for (const [path, contents] of Object.entries(files)) {
    await writeWorkspaceFile(workspace, path, contents);
  }
}

export async function removeWorkspace(workspace: string): Promise<void> {
  await rm(workspace, { recursive: true, force: true });
}

// Learners (and anything else that can reach the API) name files by
// workspace-relative paths. Every path is checked here before it touches the disk.
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { HttpError } from './http-utils';

export const MAX_PATH_LENGTH = 500;
/** Top-level folders the workbook manages itself; learners never write there. */
const RESERVED_ROOTS = new Set(['.workbook']);

function reject(path: string, why: string): never {
  throw new HttpError(400, `Refused path "${path.slice(0, 120)}": ${why}.`);
}

/**
 * Checks a workspace-relative POSIX path and returns its segments. Refuses
 * absolute paths, "..", backslashes, NUL and writes into node_modules or .workbook.
 */
export function checkRelativePath(path: unknown): string[] {
  if (typeof path !== 'string' || path.length === 0) reject(String(path), 'a file path must be a non-empty string');
  if (path.length > MAX_PATH_LENGTH) reject(path, `paths are limited to ${MAX_PATH_LENGTH} characters`);
  if (path.includes('\0')) reject(path, 'it contains a NUL character');
  if (path.includes('\\')) reject(path, 'use forward slashes');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) reject(path, 'it must be relative to the project');
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.') reject(path, 'it has an empty or "." segment');
    if (segment === '..') reject(path, 'it leaves the project folder');
    if (segment === 'node_modules') reject(path, 'node_modules is managed by the workbook');
  }
  if (RESERVED_ROOTS.has(segments[0])) reject(path, `${segments[0]} is managed by the workbook`);
  return segments;
}

/**
 * The absolute path for a checked relative path. Refuses to pass through a
 * symlink, so a link inside the workspace cannot lead a write outside it.
 */
export async function resolveInside(root: string, path: string): Promise<string> {
  const segments = checkRelativePath(path);
  let current = root;
  for (const segment of segments) {
    current = join(current, segment);
    const stat = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!stat) break;
    if (stat.isSymbolicLink()) reject(path, 'it goes through a symbolic link');
  }
  return join(root, ...segments);
}

// Finds the parts and lessons under the content folder, in their numbered order.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileError, type ContentError } from './content-error';
import { parseOrderedName, type OrderedName } from './ordered-name';

export interface FoundFolder extends OrderedName {
  /** Absolute path. */
  dir: string;
  /** Path relative to the repository root, POSIX separators. */
  repoDir: string;
}

export interface FoundPart extends FoundFolder {
  lessons: FoundFolder[];
}

export interface Discovery {
  parts: FoundPart[];
  errors: ContentError[];
}

export function repoPath(rootDir: string, absolute: string): string {
  return path.relative(rootDir, absolute).split(path.sep).join('/');
}

export async function discoverContent(contentDir: string, rootDir: string): Promise<Discovery> {
  const errors: ContentError[] = [];
  const parts: FoundPart[] = [];
  for (const part of await orderedFolders(contentDir, rootDir, 'part', errors)) {
    if (!(await isFile(path.join(part.dir, 'part.yml')))) {
      errors.push(fileError(`${part.repoDir}/part.yml`, 'missing part.yml: every part folder needs one with its title'));
      continue;
    }
    const lessons: FoundFolder[] = [];
    for (const lesson of await orderedFolders(part.dir, rootDir, 'lesson', errors)) {
      if (await isFile(path.join(lesson.dir, 'index.mdx'))) lessons.push(lesson);
      else errors.push(fileError(`${lesson.repoDir}/index.mdx`, 'missing index.mdx: every lesson folder needs one'));
    }
    parts.push({ ...part, lessons });
  }
  return { parts, errors };
}

/** Sub-folders named NN-slug, sorted by number; badly named or clashing ones are errors. */
async function orderedFolders(dir: string, rootDir: string, kind: string, errors: ContentError[]): Promise<FoundFolder[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders: FoundFolder[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'))) {
    const absolute = path.join(dir, entry.name);
    const repoDir = repoPath(rootDir, absolute);
    const parsed = parseOrderedName(entry.name);
    if (!parsed) {
      errors.push(fileError(repoDir, `${kind} folder name must be a number and a lower-case slug, like 01-getting-started`));
      continue;
    }
    folders.push({ ...parsed, dir: absolute, repoDir });
  }
  folders.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return folders.filter((folder, index) => {
    const earlier = folders.slice(0, index).find((other) => other.slug === folder.slug || other.order === folder.order);
    if (!earlier) return true;
    const clash = earlier.slug === folder.slug ? `slug "${folder.slug}"` : `number ${folder.order}`;
    errors.push(fileError(folder.repoDir, `${kind} ${clash} is already used by ${earlier.repoDir}`));
    return false;
  });
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

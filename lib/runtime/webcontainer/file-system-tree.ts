// FileMap (flat "src/app.ts" → text) ⇄ the nested tree WebContainer.mount() takes.
import type { DirectoryNode, FileSystemTree } from '@webcontainer/api';
import type { FileMap } from '../types';

/** Splits a workspace path, refusing anything that could escape the project folder. */
export function workspaceSegments(path: string): string[] {
  const segments = path.split('/');
  if (path.startsWith('/') || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`"${path}" is not a path inside the project (use a relative path like src/app.ts)`);
  }
  return segments;
}

export function toFileSystemTree(files: FileMap): FileSystemTree {
  const tree: FileSystemTree = {};
  for (const [path, contents] of Object.entries(files)) {
    const segments = workspaceSegments(path);
    let folder = tree;
    for (const name of segments.slice(0, -1)) {
      const existing = folder[name];
      if (existing && !('directory' in existing))
        throw new Error(`"${path}" needs "${name}" to be a folder, but it is a file`);
      folder[name] ??= { directory: {} };
      folder = (folder[name] as DirectoryNode).directory;
    }
    const leaf = segments[segments.length - 1];
    if (folder[leaf] && 'directory' in folder[leaf]) throw new Error(`"${path}" is a folder and cannot be a file`);
    folder[leaf] = { file: { contents } };
  }
  return tree;
}

/** "src/users/user.ts" → "src/users"; "" for a top-level file. */
export function parentFolder(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

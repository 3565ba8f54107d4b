// Starter projects live in starters/<name>/ with their own installed node_modules.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HttpError } from './http-utils';

/** Folders under `startersDir` that are complete projects (package.json and node_modules). */
export function listStarters(startersDir: string): string[] {
  if (!existsSync(startersDir)) return [];
  return readdirSync(startersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(startersDir, name, 'package.json')))
    .sort();
}

/** The starter's folder, or a 400 naming the starters that exist. */
export function starterDir(startersDir: string, name: unknown): string {
  const starters = listStarters(startersDir);
  if (typeof name !== 'string' || !starters.includes(name)) {
    throw new HttpError(400, `Unknown starter "${String(name)}". Available: ${starters.join(', ') || 'none'}.`);
  }
  const dir = join(startersDir, name);
  if (!existsSync(join(dir, 'node_modules'))) {
    throw new HttpError(500, `Starter "${name}" has no node_modules; run npm install at the project root.`);
  }
  return dir;
}

// Writes the search index files at content-build time (Node only; the browser
// side is search-docs.ts and search-engine.ts).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../content/types';
import type { SearchDoc, SearchIndexFile } from './search-docs';

export const SEARCH_INDEX_DIR = path.join('public', 'generated', 'search');

export async function writeSearchIndexes(rootDir: string, search: Record<Locale, SearchDoc[]>): Promise<void> {
  const dir = path.join(rootDir, SEARCH_INDEX_DIR);
  await mkdir(dir, { recursive: true });
  for (const [locale, docs] of Object.entries(search) as [Locale, SearchDoc[]][]) {
    const file = path.join(dir, `${locale}.json`);
    const index: SearchIndexFile = { locale, docs };
    // Write then rename: a server reading the file never sees half of it.
    await writeFile(`${file}.tmp`, JSON.stringify(index));
    await rename(`${file}.tmp`, file);
  }
}

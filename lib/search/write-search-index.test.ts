import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchDoc } from './search-docs';
import { SEARCH_INDEX_DIR, writeSearchIndexes } from './write-search-index';

let root: string | undefined;
afterEach(async () => root && rm(root, { recursive: true, force: true }));

const DOC: SearchDoc = { id: 'a/b', href: '/en/a/b', title: 'T', partTitle: 'P', summary: 'S', text: 'Prose.' };

describe('writeSearchIndexes', () => {
  it('writes one JSON file per locale where the browser fetches it, and no temporary file', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'search-index-'));
    await writeSearchIndexes(root, { en: [DOC], ko: [{ ...DOC, href: '/ko/a/b' }] });
    const dir = path.join(root, SEARCH_INDEX_DIR);
    expect((await readdir(dir)).sort()).toEqual(['en.json', 'ko.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'ko.json'), 'utf8'))).toEqual({
      locale: 'ko',
      docs: [{ ...DOC, href: '/ko/a/b' }],
    });
  });
});

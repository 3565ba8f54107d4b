import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMdxCached } from './mdx-cache';
import { makeRoot } from './test-fixture';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('compileMdxCached', () => {
  it('stores results by content hash and reuses them', async () => {
    const made = await makeRoot({});
    cleanup = made.cleanup;
    const cache = path.join(made.root, 'cache');
    const first = await compileMdxCached('Hello *there*\n', made.root, cache);
    expect(first.code).toBeTruthy();
    const [entry] = await readdir(cache);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);

    // Tamper with the stored result: a cache hit must return it unchanged.
    const stored = JSON.parse(await readFile(path.join(cache, entry), 'utf8'));
    await writeFile(path.join(cache, entry), JSON.stringify({ ...stored, code: 'from cache' }));
    expect((await compileMdxCached('Hello *there*\n', made.root, cache)).code).toBe('from cache');

    await compileMdxCached('Different text\n', made.root, cache);
    expect(await readdir(cache)).toHaveLength(2);
  });
});

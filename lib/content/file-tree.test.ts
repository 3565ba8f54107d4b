import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { overlayFiles, readFileTree } from './file-tree';
import { makeRoot } from './test-fixture';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('readFileTree', () => {
  it('reads the real nest starter without installed or generated files', async () => {
    const { files } = await readFileTree(path.resolve('starters/nest'));
    const paths = Object.keys(files);
    expect(paths).toContain('package.json');
    expect(paths).toContain('src/app.module.ts');
    expect(paths.some((p) => p.startsWith('node_modules/') || p.includes('/node_modules/'))).toBe(false);
    expect(paths).not.toContain('package-lock.json');
  });

  it('skips dist, coverage, .git and tsbuildinfo, and sets binaries aside', async () => {
    const made = await makeRoot({
      'w/src/a.ts': 'a\r\n',
      'w/dist/a.js': 'x',
      'w/coverage/index.html': 'x',
      'w/.git/HEAD': 'x',
      'w/tsconfig.tsbuildinfo': 'x',
      'w/logo.png': Buffer.from([0x89, 0x50, 0x00, 0x01]),
    });
    cleanup = made.cleanup;
    const tree = await readFileTree(path.join(made.root, 'w'));
    expect(tree.files).toEqual({ 'src/a.ts': 'a\n' });
    expect(tree.binaries).toEqual(['logo.png']);
  });

  it('gives an empty tree for a missing folder', async () => {
    expect(await readFileTree('/nonexistent/folder')).toEqual({ files: {}, binaries: [] });
  });
});

describe('overlayFiles', () => {
  it('lets the top layer win and sorts the paths', () => {
    expect(overlayFiles({ 'b.ts': 'base', 'a.ts': 'base' }, { 'b.ts': 'lesson', 'c.ts': 'new' })).toEqual({
      'a.ts': 'base',
      'b.ts': 'lesson',
      'c.ts': 'new',
    });
    expect(Object.keys(overlayFiles({ 'z.ts': '' }, { 'a.ts': '' }))).toEqual(['a.ts', 'z.ts']);
  });
});

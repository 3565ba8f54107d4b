// Builds throwaway content folders for tests, so each test's input (and the
// `path:line:col` it expects) is written out right beside its assertions.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Tree = Record<string, string | Buffer>;

export async function writeTree(root: string, tree: Tree): Promise<void> {
  for (const [file, contents] of Object.entries(tree)) {
    const absolute = path.join(root, file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, contents);
  }
}

/** A tiny starter with one spec, so lessons can name "App > works". */
export const MINI_STARTER: Tree = {
  'starters/mini/package.json': '{ "name": "mini", "type": "module" }\n',
  'starters/mini/src/app.ts': 'export const answer = 42;\n',
  'starters/mini/src/app.spec.ts': "describe('App', () => {\n  it('works', () => {});\n});\n",
  'starters/mini/package-lock.json': '{}\n',
  'starters/mini/node_modules/dep/index.js': 'module.exports = 1;\n',
};

/** A lesson frontmatter that passes every check against MINI_STARTER. */
export const VALID_FRONTMATTER = `---
title: First lesson
summary: A lesson that passes.
starter: mini
focus: src/app.ts
tasks:
  - id: works
    title: Make it work
    tests:
      - App > works
---
`;

/** part.yml + one valid lesson with a solution, at content/01-basics/01-first. */
export function validLesson(index = `${VALID_FRONTMATTER}\nSome **prose**.\n`): Tree {
  return {
    'content/01-basics/part.yml': 'title: Basics\n',
    'content/01-basics/01-first/index.mdx': index,
    'content/01-basics/01-first/solution/src/app.ts': 'export const answer = 43;\n',
  };
}

export async function makeRoot(tree: Tree): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'nest-workbook-content-'));
  await writeTree(root, { ...MINI_STARTER, ...tree });
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

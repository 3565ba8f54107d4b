// The two content commands as a user runs them: exit codes, the error lines, the output files.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRoot, validLesson, VALID_FRONTMATTER } from '../lib/content/test-fixture';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const script = (name: string) => path.resolve('scripts', name);

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function runScript(name: string, cwd: string) {
  try {
    const env = { ...process.env };
    delete env.CONTENT_DIR;
    const { stdout, stderr } = await run(TSX, [script(name)], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('check-content', () => {
  it('prints every error as path:line:col and exits 1', async () => {
    const made = await makeRoot({
      ...validLesson(VALID_FRONTMATTER.replace('focus: src/app.ts', 'focus: src/nope.ts')),
      'content/02-more/01-x/index.mdx': VALID_FRONTMATTER,
    });
    cleanup = made.cleanup;
    const result = await runScript('check-content.ts', made.root);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `content/01-basics/01-first/index.mdx:5:1 focus: "src/nope.ts" is not a file of the lesson's workspace (starter + files/)`,
      'content/02-more/part.yml:1:1 missing part.yml: every part folder needs one with its title',
    ]);
    expect(result.stderr).toContain('2 content error(s)');
  }, 60_000);
});

describe('build-content', () => {
  it('writes the compiled lessons for the pages and exits 0', async () => {
    const made = await makeRoot(validLesson());
    cleanup = made.cleanup;
    const result = await runScript('build-content.ts', made.root);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Content OK: 1 lesson(s) in 1 part(s)');
    const lesson = JSON.parse(
      await readFile(path.join(made.root, '.generated/content/lessons/en/basics/first.json'), 'utf8'),
    );
    expect(lesson).toMatchObject({ id: 'basics/first', title: 'First lesson', translated: true });
  }, 60_000);
});

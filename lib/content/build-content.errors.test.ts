// Every kind of content error, with the exact `path:line:col message` an author sees.
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent } from './build-content';
import { formatContentError } from './content-error';
import { makeRoot, validLesson, VALID_FRONTMATTER, type Tree } from './test-fixture';

const LESSON = 'content/01-basics/01-first';
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function errorsFor(tree: Tree): Promise<string[]> {
  const made = await makeRoot(tree);
  cleanup = made.cleanup;
  const build = await buildContent({ rootDir: made.root, cacheDir: null });
  return build.errors.map(formatContentError);
}

const withIndex = (index: string, extra: Tree = {}) => ({ ...validLesson(index), ...extra });

describe('content errors', () => {
  it('names a frontmatter field of the wrong type at its key', async () => {
    const index = `---
title: First lesson
summary: A lesson.
starter: mini
focus: src/app.ts
tasks:
  - id: works
    title: Make it work
    tests: App > works
---
`;
    expect(await errorsFor(withIndex(index))).toEqual([
      `${LESSON}/index.mdx:9:5 tasks.0.tests: expected array, received string`,
    ]);
  });

  it('reports missing and unknown fields', async () => {
    const index = VALID_FRONTMATTER.replace('summary: A lesson that passes.\n', '').replace('title:', 'titel:');
    expect(await errorsFor(withIndex(index))).toEqual([
      `${LESSON}/index.mdx:2:1 title: missing (expected string)`,
      `${LESSON}/index.mdx:2:1 summary: missing (expected string)`,
      `${LESSON}/index.mdx:2:1 titel: unknown field`,
    ]);
  });

  it('reports a file without frontmatter and broken YAML', async () => {
    const errors = await errorsFor({
      ...withIndex('# No frontmatter\n'),
      'content/01-basics/02-second/index.mdx': '---\ntitle: [unclosed\n---\n',
    });
    expect(errors[0]).toBe(`${LESSON}/index.mdx:1:1 missing frontmatter: the file must start with a --- block (title, summary, starter, focus, tasks)`);
    expect(errors[1]).toMatch(/^content\/01-basics\/02-second\/index\.mdx:2:\d+ invalid YAML: /);
  });

  it('maps an MDX syntax error to the line of the .mdx file', async () => {
    const index = `${VALID_FRONTMATTER}\nFine line.\n\nBroken {expression\n`;
    expect(await errorsFor(withIndex(index))).toEqual([
      `${LESSON}/index.mdx:15:19 MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``,
    ]);
  });

  it('maps an unclosed component to where it opens', async () => {
    const index = `${VALID_FRONTMATTER}\n<Callout type="note">\nNever closed.\n\n## Later\n\nMore text.\n`;
    expect(await errorsFor(withIndex(index))).toEqual([`${LESSON}/index.mdx:13:1 MDX syntax error: Expected a closing tag for \`<Callout>\` (13:1-13:22)`]);
  });

  it('rejects unknown components, imports and # headings where they are written', async () => {
    const index = `${VALID_FRONTMATTER}\nimport X from './x'\n\n# Title again\n\n<Aside>hi</Aside>\n\n<Callout type="tip">hi</Callout>\n`;
    expect(await errorsFor(withIndex(index))).toEqual([
      `${LESSON}/index.mdx:13:1 import/export is not supported in lessons; use the registered components (Callout)`,
      `${LESSON}/index.mdx:15:1 use ## for section headings: the lesson title is the page heading`,
      `${LESSON}/index.mdx:17:1 unknown component <Aside>; available: Callout, Hints, Hint, Quiz, Choice`,
      `${LESSON}/index.mdx:19:1 <Callout> needs type="note" | "warning" | "erratum"`,
    ]);
  });

  it('points at a task test name that no spec declares, suggesting the closest', async () => {
    const index = VALID_FRONTMATTER.replace('      - App > works', '      - App > works\n      - App > work');
    expect(await errorsFor(withIndex(index))).toEqual([
      `${LESSON}/index.mdx:11:9 tasks.0.tests.1: no test named "App > work" in the lesson's spec files (did you mean "App > works"?)`,
    ]);
  });

  it('finds tests declared in the lesson files as well as the starter', async () => {
    const index = VALID_FRONTMATTER.replace('      - App > works', '      - Extra > nested > case');
    const spec = "describe('Extra', () => { describe('nested', () => { it('case', () => {}); }); });\n";
    expect(await errorsFor(withIndex(index, { [`${LESSON}/files/src/extra.spec.ts`]: spec }))).toEqual([]);
  });

  it('reports focus and read-only files missing from the workspace', async () => {
    const index = VALID_FRONTMATTER.replace('focus: src/app.ts', 'focus: src/nope.ts\nreadOnly:\n  - src/app.spec.ts\n  - src/gone.spec.ts');
    expect(await errorsFor(withIndex(index))).toEqual([
      `${LESSON}/index.mdx:5:1 focus: "src/nope.ts" is not a file of the lesson's workspace (starter + files/)`,
      `${LESSON}/index.mdx:8:5 readOnly.1: "src/gone.spec.ts" is not a file of the lesson's workspace (starter + files/)`,
    ]);
  });

  it('lets a solution add files but not change a read-only one', async () => {
    const index = VALID_FRONTMATTER.replace('focus: src/app.ts', 'focus: src/app.ts\nreadOnly:\n  - src/app.spec.ts');
    const errors = await errorsFor(
      withIndex(index, {
        [`${LESSON}/solution/src/new-file.ts`]: 'export const added = true;\n',
        [`${LESSON}/solution/src/app.spec.ts`]: "describe('App', () => { it('works', () => {}); });\n",
      }),
    );
    expect(errors).toEqual([`${LESSON}/solution/src/app.spec.ts:1:1 solution changes read-only file "src/app.spec.ts"`]);
  });

  it('requires a solution', async () => {
    const tree = withIndex(VALID_FRONTMATTER);
    delete tree[`${LESSON}/solution/src/app.ts`];
    expect(await errorsFor(tree)).toEqual([
      `${LESSON}/solution:1:1 missing solution: add the finished files under solution/ for "Show solution"`,
    ]);
  });

  it('reports duplicate task ids at the second one', async () => {
    const second = '  - id: works\n    title: Again\n    tests:\n      - App > works\n';
    const index = VALID_FRONTMATTER.replace('      - App > works\n', `      - App > works\n${second}`);
    expect(await errorsFor(withIndex(index))).toEqual([`${LESSON}/index.mdx:11:5 tasks.1.id: duplicate task id "works"`]);
  });

  it('reports an unknown starter at its field', async () => {
    expect(await errorsFor(withIndex(VALID_FRONTMATTER.replace('starter: mini', 'starter: maxi')))).toEqual([
      `${LESSON}/index.mdx:4:1 starter: no folder starters/maxi`,
    ]);
  });

  it('reports part folders without part.yml, badly named folders and lessons without index.mdx', async () => {
    const errors = await errorsFor({
      ...validLesson(),
      'content/02-more/01-lesson/index.mdx': VALID_FRONTMATTER,
      'content/basics-again/part.yml': 'title: x\n',
      'content/01-basics/02-empty/files/src/app.ts': 'x\n',
      'content/03-bad-part/part.yml': 'titel: Oops\n',
    });
    expect(errors).toEqual([
      'content/01-basics/02-empty/index.mdx:1:1 missing index.mdx: every lesson folder needs one',
      'content/02-more/part.yml:1:1 missing part.yml: every part folder needs one with its title',
      'content/03-bad-part/part.yml:1:1 title: missing (expected string)',
      'content/03-bad-part/part.yml:1:1 titel: unknown field',
      'content/basics-again:1:1 part folder name must be a number and a lower-case slug, like 01-getting-started',
    ]);
  });

  it('checks a translation against the original lesson', async () => {
    const ko = `---
title: 첫 레슨
summary: 통과하는 레슨.
tasks:
  works: 동작하게 하세요
  missing: 없는 작업
hints:
  works:
    - 힌트
---

본문 {oops
`;
    expect(await errorsFor(withIndex(`${VALID_FRONTMATTER}\nProse.\n`, { [`${LESSON}/index.ko.mdx`]: ko }))).toEqual([
      `${LESSON}/index.ko.mdx:6:3 tasks.missing: no task with id "missing" in index.mdx`,
      `${LESSON}/index.ko.mdx:8:3 hints.works: has 1 hint(s) but the original task has 0`,
      `${LESSON}/index.ko.mdx:12:9 MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``,
    ]);
  });

  it('refuses request titles that do not match the original requests one for one', async () => {
    const withRequest = VALID_FRONTMATTER.replace('tasks:', 'requests:\n  - title: Say hello\n    method: GET\n    path: /\ntasks:');
    const ko = `---\ntitle: 첫 레슨\nsummary: 통과하는 레슨.\nrequests:\n  - 인사하기\n  - 한 번 더\n---\n\n본문\n`;
    expect(await errorsFor(withIndex(`${withRequest}\nProse.\n`, { [`${LESSON}/index.ko.mdx`]: ko }))).toEqual([
      `${LESSON}/index.ko.mdx:4:1 requests: has 2 title(s) but index.mdx has 1 request(s)`,
    ]);
  });

  it('lists every error of every lesson, not just the first', async () => {
    const bad = VALID_FRONTMATTER.replace('focus: src/app.ts', 'focus: src/nope.ts');
    const errors = await errorsFor({
      ...withIndex(bad),
      'content/01-basics/02-second/index.mdx': VALID_FRONTMATTER.replace('App > works', 'App > fails'),
      'content/01-basics/02-second/solution/src/app.ts': 'x\n',
    });
    expect(errors).toEqual([
      `${LESSON}/index.mdx:5:1 focus: "src/nope.ts" is not a file of the lesson's workspace (starter + files/)`,
      `content/01-basics/02-second/index.mdx:10:9 tasks.0.tests.0: no test named "App > fails" in the lesson's spec files (did you mean "App > works"?)`,
    ]);
  });
});

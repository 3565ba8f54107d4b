// <Hints> and <Quiz> checked against the frontmatter and the original lesson, as an author sees it.
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent } from './build-content';
import { formatContentError } from './content-error';
import { makeRoot, validLesson, VALID_FRONTMATTER } from './test-fixture';

const LESSON = 'content/01-basics/01-first';
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

const WITH_HINTS = VALID_FRONTMATTER.replace('      - App > works\n', '      - App > works\n    hints:\n      - Look at app.ts.\n');
const QUIZ = `<Quiz id="q" question="Which?">
  <Choice explanation="No.">A</Choice>
  <Choice correct explanation="Yes.">B</Choice>
</Quiz>
`;

async function build(index: string, ko?: string) {
  const made = await makeRoot({ ...validLesson(index), ...(ko ? { [`${LESSON}/index.ko.mdx`]: ko } : {}) });
  cleanup = made.cleanup;
  return buildContent({ rootDir: made.root, cacheDir: null });
}
const errorsFor = async (index: string, ko?: string) => (await build(index, ko)).errors.map(formatContentError);
const KO_FRONTMATTER = '---\ntitle: 첫 레슨\nsummary: 요약.\n---\n';

describe('<Hints task>', () => {
  it('shows the frontmatter hints of a task that has them', async () => {
    expect(await errorsFor(`${WITH_HINTS}\n<Hints task="works" />\n`)).toEqual([]);
  });

  it('points at a task id the frontmatter does not have', async () => {
    expect(await errorsFor(`${WITH_HINTS}\nText.\n\n<Hints task="wroks" />\n`)).toEqual([
      `${LESSON}/index.mdx:17:8 <Hints task="wroks">: no task with id "wroks" in the frontmatter (tasks: works)`,
    ]);
  });

  it('takes hints from one place: the frontmatter or <Hint> children, not both, not neither', async () => {
    expect(await errorsFor(`${WITH_HINTS}\n<Hints task="works">\n  <Hint>Another.</Hint>\n</Hints>\n`)).toEqual([
      `${LESSON}/index.mdx:15:8 <Hints task="works">: the task already has hints in the frontmatter; write <Hints task="works" /> to show those, or move them into <Hint> children`,
    ]);
    expect(await errorsFor(`${VALID_FRONTMATTER}\n<Hints task="works" />\n`)).toEqual([
      `${LESSON}/index.mdx:13:8 <Hints task="works">: the task has no hints in the frontmatter; add them there, or write them here as <Hint> children`,
    ]);
    expect(await errorsFor(`${VALID_FRONTMATTER}\n<Hints task="works">\n  <Hint>Only here.</Hint>\n</Hints>\n`)).toEqual([]);
  });

  it('checks a translation\'s <Hints> against the original tasks', async () => {
    expect(await errorsFor(`${WITH_HINTS}\nProse.\n`, `${KO_FRONTMATTER}\n<Hints task="nope" />\n`)).toEqual([
      `${LESSON}/index.ko.mdx:6:8 <Hints task="nope">: no task with id "nope" in the frontmatter (tasks: works)`,
    ]);
  });
});

describe('<Quiz> in a translation', () => {
  it('keeps the original\'s id, number of choices and correct choice', async () => {
    const index = `${VALID_FRONTMATTER}\n${QUIZ}`;
    expect(await errorsFor(index, `${KO_FRONTMATTER}\n${QUIZ}`)).toEqual([]);
    const swapped = QUIZ.replace('<Choice explanation="No.">A', '<Choice correct explanation="No.">A').replace('<Choice correct explanation="Yes.">', '<Choice explanation="Yes.">');
    const renamed = QUIZ.replace('id="q"', 'id="other"');
    expect(await errorsFor(index, `${KO_FRONTMATTER}\n${swapped}\n${renamed}`)).toEqual([
      `${LESSON}/index.ko.mdx:6:1 <Quiz id="q">: choice 1 is marked correct but in the original it is choice 2; keep the choices in the same order`,
      `${LESSON}/index.ko.mdx:11:1 <Quiz id="other">: ${LESSON}/index.mdx has no quiz with this id; a translated quiz keeps the original's id`,
    ]);
  });
});

describe('every problem at once', () => {
  it('reports a broken quiz and a wrong <Hints> task together, and nothing about the translation\'s copy', async () => {
    const broken = QUIZ.replace('<Choice correct explanation', '<Choice explanation');
    expect(await errorsFor(`${WITH_HINTS}\n${broken}\n<Hints task="nope" />\n`, `${KO_FRONTMATTER}\n${QUIZ}`)).toEqual([
      `${LESSON}/index.mdx:15:1 <Quiz> needs exactly one <Choice correct> (it has 0)`,
      `${LESSON}/index.mdx:20:8 <Hints task="nope">: no task with id "nope" in the frontmatter (tasks: works)`,
    ]);
  });
});

describe('search text', () => {
  it('is each page\'s prose, translated where a translation exists', async () => {
    const result = await build(`${VALID_FRONTMATTER}\nThe **original** prose.\n\n\`\`\`ts\nconst hidden = 1;\n\`\`\`\n`, `${KO_FRONTMATTER}\n번역된 글.\n`);
    expect(result.errors).toEqual([]);
    expect(result.search.en).toEqual([
      { id: 'basics/first', href: '/en/basics/first', title: 'First lesson', partTitle: 'Basics', summary: 'A lesson that passes.', text: 'The original prose.' },
    ]);
    expect(result.search.ko[0]).toMatchObject({ href: '/ko/basics/first', title: '첫 레슨', text: '번역된 글.' });
  });
});

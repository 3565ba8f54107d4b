// Hints and quizzes as the server renders them: nothing revealed or answered yet,
// accessible structure in place. (Clicking through them is in e2e/hints-quiz.spec.ts.)
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMdx } from '@/lib/content/mdx-compile';
import { MdxContent } from './mdx-content';

const TASKS = [
  {
    id: 'clock',
    title: 'Inject the clock',
    tests: ['A > b'],
    hints: ['Use `@Inject`.', 'Register `CLOCK`.', 'Import it.'],
  },
];

async function render(source: string, locale: 'en' | 'ko' = 'en') {
  const { code, problems } = await compileMdx(source, process.cwd());
  expect(problems).toEqual([]);
  return renderToStaticMarkup(<MdxContent code={code!} locale={locale} lesson={{ id: 'part/lesson', tasks: TASKS }} />);
}

describe('<Hints>', () => {
  it('offers the first of the frontmatter hints, and shows none yet', async () => {
    const html = await render('<Hints task="clock" />\n');
    expect(html).toMatch(/role="group" aria-labelledby="[^"]+" data-hints="clock"/);
    expect(html).toContain('Hints: Inject the clock');
    expect(html).toMatch(/<button [^>]*>Show hint 1 of 3<\/button>/);
    expect(html).not.toContain('Use <code>');
  });

  it('counts <Hint> children written in the prose', async () => {
    const html = await render('<Hints task="clock">\n  <Hint>One.</Hint>\n  <Hint>Two.</Hint>\n</Hints>\n');
    expect(html).toContain('Show hint 1 of 2');
    expect(html).not.toContain('One.');
  });

  it('speaks the prose language', async () => {
    expect(await render('<Hints task="clock" />\n', 'ko')).toContain('힌트 1/3 보기');
  });
});

describe('<Quiz>', () => {
  const QUIZ = `<Quiz id="q" question="Why is \`Clock\` not a token?">
  <Choice explanation="No.">It is *private*</Choice>
  <Choice correct explanation="Yes.">It is erased</Choice>
</Quiz>
`;

  it('is a fieldset whose legend is the question, one radio per choice, nothing checked', async () => {
    const html = await render(QUIZ);
    expect(html).toMatch(
      /<fieldset data-quiz="q"[^>]*><legend[^>]*>Why is <code>Clock<\/code> not a token\?<\/legend>/,
    );
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).not.toContain('checked');
    expect(html).toMatch(/<span>It is <em>private<\/em><\/span>/);
  });

  it('cannot be checked before a choice is picked, and gives nothing away', async () => {
    const html = await render(QUIZ);
    expect(html).toMatch(/<button type="button" disabled=""[^>]*>Check answer<\/button>/);
    expect(html).toMatch(
      /<div aria-live="polite" aria-atomic="true" data-quiz-feedback="true" class="text-sm"><\/div>/,
    );
    expect(html).not.toContain('Yes.');
  });
});

// What an author sees for each misuse of <Hints>/<Quiz>, and what the build learns from good use.
import { describe, expect, it } from 'vitest';
import { compileMdx } from './mdx-compile';

const compile = (source: string) => compileMdx(source, process.cwd());
const messages = async (source: string) => (await compile(source)).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

const QUIZ = `Intro.

<Quiz id="tokens" question="Why can't an interface be a token?">
  <Choice explanation="No: decorators keep working.">Decorators are erased</Choice>
  <Choice correct explanation="Yes: interfaces are **erased** by \`tsc\`.">It does not exist at run time</Choice>
  <Choice explanation="No.">Nest forbids it</Choice>
</Quiz>
`;

describe('<Quiz>', () => {
  it('compiles a good quiz and records its id, choices and correct answer', async () => {
    const result = await compile(QUIZ);
    expect(result.problems).toEqual([]);
    expect(result.facts?.quizzes).toEqual([{ id: 'tokens', choices: 3, correct: 1, line: 3, column: 1 }]);
  });

  it('numbers the choices and drops the paragraph MDX wraps them in', async () => {
    const { code } = await compile(QUIZ);
    expect(code).toMatch(/index:"0"/);
    expect(code).toMatch(/index:"2"/);
    expect(code).toContain('index:"0",children:"Decorators are erased"');
  });

  it('needs exactly one correct choice', async () => {
    expect(await messages(QUIZ.replace('<Choice explanation="No.">', '<Choice correct explanation="No.">'))).toEqual([
      '3:1 <Quiz> needs exactly one <Choice correct> (it has 2)',
    ]);
    expect(await messages(QUIZ.replace('<Choice correct explanation', '<Choice explanation'))).toEqual([
      '3:1 <Quiz> needs exactly one <Choice correct> (it has 0)',
    ]);
  });

  it('needs an id, a question, two choices, and an explanation for each', async () => {
    const source = `<Quiz question="">\n  <Choice correct>Only one</Choice>\n</Quiz>\n`;
    expect(await messages(source)).toEqual([
      '1:1 <Quiz> needs id="..." (lower-case letters, digits and dashes), unique in the lesson',
      '1:1 <Quiz> needs question="..."',
      '1:1 <Quiz> needs at least two <Choice> elements (it has 1)',
      '2:3 <Choice> needs explanation="..." saying why this answer is right or wrong',
    ]);
  });

  it('rejects repeated ids, stray content, unknown props and choices outside a quiz', async () => {
    const source = `${QUIZ}\n${QUIZ.replace('Intro.', '').replace('<Choice explanation="No.">', 'Some text\n\n<Choice explanation="No." colour="red">')}\n<Choice>loose</Choice>\n`;
    expect(await messages(source)).toEqual([
      '11:1 <Quiz> id "tokens" is used twice in this file',
      '14:3 <Quiz> may contain only <Choice> elements',
      '16:27 <Choice> does not take "colour"; it takes correct, explanation',
      '19:1 <Choice> belongs inside <Quiz>',
    ]);
  });

  it('rejects a value on "correct"', async () => {
    const source = QUIZ.replace('<Choice correct explanation', '<Choice correct="yes" explanation');
    expect(await messages(source)).toContain('5:11 <Choice correct> takes no value: write `correct` on the right answer only');
  });
});

describe('<Hints>', () => {
  it('records the task named and whether the hints are written in the prose', async () => {
    const source = `<Hints task="clock-token" />\n\n<Hints task="export">\n  <Hint>First.</Hint>\n  <Hint>\n    Second, with code:\n\n    \`\`\`ts\n    const x = 1;\n    \`\`\`\n  </Hint>\n</Hints>\n`;
    const result = await compile(source);
    expect(result.problems).toEqual([]);
    expect(result.facts?.hints).toEqual([
      { task: 'clock-token', ownHints: false, line: 1, column: 8 },
      { task: 'export', ownHints: true, line: 3, column: 8 },
    ]);
    expect(result.code).toMatch(/count:"2"/);
    expect(result.code).toMatch(/index:"1"/);
  });

  it('needs a task id, and only <Hint> children; <Hint> only inside <Hints>', async () => {
    const source = `<Hints>\n  Just text.\n</Hints>\n\n<Hints task="Not An Id" />\n\n<Hint>alone</Hint>\n`;
    expect(await messages(source)).toEqual([
      '1:1 <Hints> needs task="<task id>", the id of a task in the frontmatter',
      '2:3 <Hints> may contain only <Hint> elements',
      '5:8 <Hints> needs task="<task id>", the id of a task in the frontmatter',
      '7:1 <Hint> belongs inside <Hints task="...">',
    ]);
  });
});

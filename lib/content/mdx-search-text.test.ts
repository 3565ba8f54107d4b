// The search index holds the prose a learner reads, not code or answers.
import { describe, expect, it } from 'vitest';
import { compileMdx } from './mdx-compile';

const SOURCE = `## Why tokens

An interface is **erased** by \`tsc\`, so Nest
cannot see it.

\`\`\`ts
const CLOCK = Symbol('CLOCK');
\`\`\`

<Callout type="note">
Prefer a symbol.
</Callout>

- one
- two

<Hints task="t">
  <Hint>The secret answer.</Hint>
</Hints>

<Quiz id="q" question="Which?">
  <Choice correct explanation="The other secret.">A</Choice>
  <Choice explanation="No.">B</Choice>
</Quiz>
`;

describe('search text', () => {
  it('keeps headings, paragraphs, inline code, callouts and lists, one block per line', async () => {
    const { facts } = await compileMdx(SOURCE, process.cwd());
    expect(facts?.text).toBe('Why tokens\nAn interface is erased by tsc, so Nest cannot see it.\nPrefer a symbol.\none\ntwo');
  });

  it('leaves out code blocks, hints and quizzes', async () => {
    const { facts } = await compileMdx(SOURCE, process.cwd());
    expect(facts?.text).not.toMatch(/Symbol|secret|Which/);
  });
});

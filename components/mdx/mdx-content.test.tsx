// The registry renders what lessons write: localised callouts, code blocks, outside links.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMdx } from '@/lib/content/mdx-compile';
import { MdxContent } from './mdx-content';

const source = `
## Why services

<Callout type="erratum">
Request scope is not the default.
</Callout>

\`\`\`ts
const answer = 42;
\`\`\`

See [the docs](https://docs.nestjs.com) and [the next lesson](/en/x/y).

| a | b |
| - | - |
| 1 | 2 |
`;

async function render(locale: 'en' | 'ko') {
  const { code, problems } = await compileMdx(source, process.cwd());
  expect(problems).toEqual([]);
  return renderToStaticMarkup(<MdxContent code={code!} locale={locale} lesson={{ id: 'x/y', tasks: [] }} />);
}

describe('MdxContent', () => {
  it('renders headings with ids, callouts with their label, and highlighted code', async () => {
    const html = await render('en');
    expect(html).toContain('<h2 id="why-services"');
    expect(html).toMatch(/role="note" data-callout="erratum"[^>]*><p[^>]*>The seed report gets this wrong<\/p>/);
    expect(html).toContain('data-rehype-pretty-code-figure');
    expect(html).toContain('--shiki-dark');
  });

  it('opens outside links in a new tab and says so; keeps inside links in place', async () => {
    const html = await render('en');
    expect(html).toMatch(
      /<a href="https:\/\/docs.nestjs.com" target="_blank" rel="noreferrer"[^>]*>the docs<span class="sr-only"> \(opens in a new tab\)<\/span><\/a>/,
    );
    expect(html).toMatch(/<a [^>]*href="\/en\/x\/y"[^>]*>the next lesson<\/a>/);
    expect(html).toMatch(/<div class="my-6 overflow-x-auto"><table/);
  });

  it('labels callouts in the prose language', async () => {
    expect(await render('ko')).toContain('시드 보고서가 틀린 부분');
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseText, splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  it('blanks the frontmatter so the body keeps the file line numbers', () => {
    const { split } = splitFrontmatter('---\ntitle: x\n---\n\n## Hi\n', 'a.mdx');
    expect(split?.yaml).toBe('title: x');
    expect(split?.yamlFirstLine).toBe(2);
    expect(split?.body.split('\n')[4]).toBe('## Hi');
    expect(split?.body.startsWith('\n\n\n')).toBe(true);
  });

  it('explains a missing or unclosed block', () => {
    expect(splitFrontmatter('# Hi\n', 'a.mdx').error?.message).toMatch(/^missing frontmatter/);
    expect(splitFrontmatter('---\ntitle: x\n', 'a.mdx').error).toMatchObject({ file: 'a.mdx', line: 1, column: 1 });
  });

  it('accepts Windows line ends and a byte order mark', () => {
    const { split } = splitFrontmatter(normaliseText('\uFEFF---\r\ntitle: x\r\n---\r\nBody\r\n'), 'a.mdx');
    expect(split?.yaml).toBe('title: x');
  });
});

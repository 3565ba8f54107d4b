import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAuthoringReference } from './reference';

describe('authoring reference', () => {
  const reference = renderAuthoringReference();

  it('documents every frontmatter field with its description', () => {
    expect(reference).toMatch(/\| `focus` \| string \| yes \| The file opened in the editor/);
    expect(reference).toMatch(/\| `tests` \| string\[\] \| yes \| Full names of the tests/);
    expect(reference).toMatch(/\| `readOnly` \| string\[\] \| no \|/);
  });

  it('matches the committed docs/authoring.md (run `npm run docs:authoring` after changing the schema)', () => {
    expect(readFileSync('docs/authoring.md', 'utf8')).toBe(reference);
  });
});

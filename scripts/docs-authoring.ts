// Regenerates docs/authoring.md from the frontmatter schemas.
import { writeFileSync } from 'node:fs';
import { renderAuthoringReference } from '../lib/authoring/reference';

writeFileSync('docs/authoring.md', renderAuthoringReference());
console.log('wrote docs/authoring.md');

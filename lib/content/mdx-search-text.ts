// The prose of a lesson as plain text, for the search index. Code blocks are
// left out (they would double the index, and a learner searches for ideas, not
// for a line of code); inline code stays, since prose names APIs that way.
// Hints and quizzes are left out too: a search snippet must not give answers away.
import type { MdxFacts } from './mdx-facts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

const SKIPPED_TYPES = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml']);
const SKIPPED_COMPONENTS = new Set(['Hints', 'Quiz']);
/** Blocks whose text must not run into the next block's. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'mdxJsxFlowElement']);

export function searchTextOf(tree: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (SKIPPED_TYPES.has(node.type)) return;
    if (node.name && SKIPPED_COMPONENTS.has(node.name)) return;
    // Soft line breaks inside a paragraph are spaces; only blocks end a line.
    if (node.type === 'text' || node.type === 'inlineCode') parts.push((node.value ?? '').replace(/\s+/g, ' '));
    node.children?.forEach(visit);
    if (BLOCKS.has(node.type)) parts.push('\n');
  };
  visit(tree);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function remarkSearchText(facts: MdxFacts) {
  return () => (tree: Node) => {
    facts.text = searchTextOf(tree);
  };
}

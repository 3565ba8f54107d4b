// A remark plugin that rejects MDX the lesson page cannot render well: imports,
// unknown components, and `#` headings (the lesson title is the page's only h1).
import { CALLOUT_TYPES, MDX_COMPONENT_NAMES } from './mdx-component-names';

export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

/** The few mdast/MDX node fields the checks read. */
interface MdNode {
  type: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const KNOWN = new Set<string>(MDX_COMPONENT_NAMES);

export function remarkLessonLint(problems: MdxProblem[]) {
  return () => (tree: MdNode) => {
    walk(tree, (node) => {
      const message = problemWith(node);
      const start = node.position?.start;
      if (message && start) problems.push({ line: start.line, column: start.column, message });
    });
    // Reported above; removed so esbuild does not also fail resolving them.
    tree.children = tree.children?.filter((node) => node.type !== 'mdxjsEsm');
  };
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

function problemWith(node: MdNode): string | null {
  if (node.type === 'mdxjsEsm') return 'import/export is not supported in lessons; use the registered components (Callout)';
  if (node.type === 'heading' && node.depth === 1) return 'use ## for section headings: the lesson title is the page heading';
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return null;
  const name = node.name ?? '';
  if (!/^[A-Z]/.test(name)) return null;
  if (!KNOWN.has(name)) return `unknown component <${name}>; available: ${MDX_COMPONENT_NAMES.join(', ')}`;
  if (name === 'Callout') return calloutProblem(node);
  return null;
}

function calloutProblem(node: MdNode): string | null {
  const type = node.attributes?.find((attribute) => attribute.name === 'type')?.value;
  if (typeof type === 'string' && (CALLOUT_TYPES as readonly string[]).includes(type)) return null;
  return `<Callout> needs type="${CALLOUT_TYPES.join('" | "')}"`;
}

// A remark plugin for the interactive components: <Hints>/<Hint> and <Quiz>/<Choice>.
// It rejects misuse where it is written, flattens the children MDX wraps in
// paragraphs, and numbers each <Hint> and <Choice> so the browser can remember
// which hint was shown and which answer was picked.
import type { MdxProblem } from './mdx-lint';
import type { MdxFacts } from './mdx-facts';

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
  position?: { start: Point };
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point };
}

type Report = (node: Node | Attribute, message: string) => void;

export const ID_PATTERN = /^[a-z0-9-]+$/;
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

export function remarkInteractive(problems: MdxProblem[], facts: MdxFacts) {
  return () => (tree: Node, file: { value?: unknown }) => {
    const source = String(file.value ?? '');
    const report: Report = (node, message) => problems.push({ ...startOf(node, source), message });
    const quizIds = new Set<string>();
    walk(tree, (node) => {
      if (node.name === 'Hints') checkHints(node, report, facts);
      else if (node.name === 'Quiz') checkQuiz(node, report, facts, quizIds);
      else if (node.name === 'Hint') report(node, '<Hint> belongs inside <Hints task="...">');
      else if (node.name === 'Choice') report(node, '<Choice> belongs inside <Quiz>');
    });
  };
}

/** Visits JSX elements; the children of <Hints> and <Quiz> are theirs to check. */
function walk(node: Node, visit: (node: Node) => void): void {
  if (JSX.has(node.type)) {
    visit(node);
    if (node.name === 'Hints' || node.name === 'Quiz') {
      node.children?.forEach((child) => child.children?.forEach((grandchild) => walk(grandchild, visit)));
      return;
    }
  }
  node.children?.forEach((child) => walk(child, visit));
}

/** Where a node starts; for text, where its first visible character is in the source. */
function startOf(node: Node | Attribute, source: string): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  if (node.type !== 'text' || start.offset === undefined) return { line: start.line, column: start.column };
  let { line, column } = start;
  for (let i = start.offset; i < source.length && /\s/.test(source[i]); i += 1) {
    if (source[i] === '\n') [line, column] = [line + 1, 1];
    else column += 1;
  }
  return { line, column };
}

export function attribute(node: Node, name: string): Attribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A plain string attribute (`name="text"`), or undefined for anything else. */
function stringAttribute(node: Node, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

function rejectUnknownAttributes(node: Node, allowed: string[], report: Report): void {
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || !allowed.includes(attr.name)) {
      const name = attr.name ? `"${attr.name}"` : 'a spread';
      report(attr.position ? attr : node, `<${node.name}> does not take ${name}; it takes ${allowed.join(', ')}`);
    }
  }
}

/**
 * The <Hint>s or <Choice>s of a parent, as flow elements in order. MDX puts
 * one-line children inside a paragraph; those are lifted out. Anything else is reported.
 */
function itemsOf(parent: Node, itemName: string, report: Report): Node[] {
  const items: Node[] = [];
  const take = (node: Node) => {
    if (JSX.has(node.type) && node.name === itemName) items.push({ ...node, type: 'mdxJsxFlowElement' });
    else if (node.type === 'paragraph') node.children?.forEach(take);
    else if (!(node.type === 'text' && !node.value?.trim())) {
      report(node, `<${parent.name}> may contain only <${itemName}> elements`);
    }
  };
  parent.children?.forEach(take);
  return items;
}

function setNumber(node: Node, name: string, value: number): void {
  node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== name), { type: 'mdxJsxAttribute', name, value: String(value) }];
}

function checkHints(node: Node, report: Report, facts: MdxFacts): void {
  rejectUnknownAttributes(node, ['task'], report);
  const task = stringAttribute(node, 'task');
  const taskAttribute = attribute(node, 'task');
  if (task === undefined || !ID_PATTERN.test(task)) {
    report(taskAttribute ?? node, '<Hints> needs task="<task id>", the id of a task in the frontmatter');
  }
  const hints = itemsOf(node, 'Hint', report);
  hints.forEach((hint, index) => {
    rejectUnknownAttributes(hint, [], report);
    setNumber(hint, 'index', index);
  });
  node.children = hints;
  if (hints.length > 0) setNumber(node, 'count', hints.length);
  const at = (taskAttribute ?? node).position?.start ?? { line: 1, column: 1 };
  if (task !== undefined) facts.hints.push({ task, ownHints: hints.length > 0, line: at.line, column: at.column });
}

function checkQuiz(node: Node, report: Report, facts: MdxFacts, seen: Set<string>): void {
  rejectUnknownAttributes(node, ['id', 'question'], report);
  const id = stringAttribute(node, 'id');
  if (id === undefined || !ID_PATTERN.test(id)) report(node, '<Quiz> needs id="..." (lower-case letters, digits and dashes), unique in the lesson');
  else if (seen.has(id)) report(node, `<Quiz> id "${id}" is used twice in this file`);
  if (id !== undefined) seen.add(id);
  if (!stringAttribute(node, 'question')?.trim()) report(node, '<Quiz> needs question="..."');

  const choices = itemsOf(node, 'Choice', report);
  if (choices.length < 2) report(node, `<Quiz> needs at least two <Choice> elements (it has ${choices.length})`);
  const correct = choices.flatMap((choice, index) => (checkChoice(choice, report) ? [index] : []));
  if (choices.length >= 2 && correct.length !== 1) {
    report(node, `<Quiz> needs exactly one <Choice correct> (it has ${correct.length})`);
  }
  choices.forEach((choice, index) => setNumber(choice, 'index', index));
  node.children = choices;
  const start = node.position?.start ?? { line: 1, column: 1 };
  if (id !== undefined) {
    const answer = correct.length === 1 ? correct[0] : -1;
    facts.quizzes.push({ id, choices: choices.length, correct: answer, line: start.line, column: start.column });
  }
}

/** Checks one choice and unwraps its paragraph (a choice is one line of text); true when it is the correct one. */
function checkChoice(choice: Node, report: Report): boolean {
  rejectUnknownAttributes(choice, ['correct', 'explanation'], report);
  if (!stringAttribute(choice, 'explanation')?.trim()) {
    report(choice, '<Choice> needs explanation="..." saying why this answer is right or wrong');
  }
  if (choice.children?.length === 1 && choice.children[0].type === 'paragraph') choice.children = choice.children[0].children;
  if (!choice.children?.some((child) => child.type !== 'text' || child.value?.trim())) report(choice, '<Choice> needs the answer text between its tags');
  const correct = attribute(choice, 'correct');
  if (!correct) return false;
  const value = correct.value;
  if (value === null || (typeof value === 'object' && value.value.trim() === 'true')) return true;
  if (typeof value === 'object' && value.value.trim() === 'false') return false;
  report(correct.position ? correct : choice, '<Choice correct> takes no value: write `correct` on the right answer only');
  return false;
}

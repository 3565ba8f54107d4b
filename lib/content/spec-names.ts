// Reads test names out of spec files without running them, so a task that names
// a test which does not exist fails the build instead of never ticking.
import ts from 'typescript';
import type { FileMap } from '../runtime/types';

/** The full names (`describe > it`, as Vitest's fullName) a lesson's specs declare. */
export interface TestNames {
  exact: Set<string>;
  /** Names built from `.each`/`.for` titles with placeholders like %s or $name. */
  patterns: RegExp[];
}

const SUITE_FUNCTIONS = new Set(['describe', 'suite']);
const TEST_FUNCTIONS = new Set(['it', 'test']);
const TABLE_MODIFIERS = new Set(['each', 'for']);

export function isSpecFile(path: string): boolean {
  return path.endsWith('.spec.ts');
}

/** Spec files, plus shared suites (`*.contract.ts`) that specs call, like one repository contract run on each adapter. */
function declaresTests(path: string): boolean {
  return isSpecFile(path) || path.endsWith('.contract.ts');
}

export function collectTestNames(files: FileMap): TestNames {
  const names: TestNames = { exact: new Set(), patterns: [] };
  for (const [path, text] of Object.entries(files)) {
    if (!declaresTests(path)) continue;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    visit(source, [], names);
  }
  return names;
}

export function hasTestNamed(names: TestNames, fullName: string): boolean {
  return names.exact.has(fullName) || names.patterns.some((pattern) => pattern.test(fullName));
}

interface TitledPart {
  text: string;
  /** Regex source when the title is only known at run time (placeholders, variables). */
  pattern?: string;
}

function visit(node: ts.Node, parents: TitledPart[], names: TestNames): void {
  if (ts.isCallExpression(node)) {
    const call = describeCall(node);
    if (call) {
      const chain = [...parents, call.title];
      if (call.kind === 'test') record(chain, names);
      // Suites nest; anything inside a test body is not a test name.
      if (call.kind === 'suite') node.arguments.slice(1).forEach((arg) => visit(arg, chain, names));
      return;
    }
  }
  ts.forEachChild(node, (child) => visit(child, parents, names));
}

function record(chain: TitledPart[], names: TestNames): void {
  if (chain.every((part) => part.pattern === undefined)) {
    names.exact.add(chain.map((part) => part.text).join(' > '));
    return;
  }
  const source = chain.map((part) => part.pattern ?? escapeRegExp(part.text)).join(' > ');
  names.patterns.push(new RegExp(`^${source}$`));
}

/** `describe('x', ...)`, `it.skip('x', ...)`, `test.each(rows)('x %s', ...)`, `it.skipIf(c)('x', ...)`. */
function describeCall(node: ts.CallExpression): { kind: 'suite' | 'test'; title: TitledPart } | null {
  let callee: ts.Expression = node.expression;
  let table = false;
  for (;;) {
    if (ts.isCallExpression(callee)) callee = callee.expression;
    else if (ts.isPropertyAccessExpression(callee)) {
      if (TABLE_MODIFIERS.has(callee.name.text)) table = true;
      callee = callee.expression;
    } else break;
  }
  if (!ts.isIdentifier(callee) || node.arguments.length === 0) return null;
  const kind = SUITE_FUNCTIONS.has(callee.text) ? 'suite' : TEST_FUNCTIONS.has(callee.text) ? 'test' : null;
  return kind && { kind, title: titleOf(node.arguments[0], table) };
}

/** A literal title is exact; a template or variable can only be matched loosely. */
function titleOf(argument: ts.Expression, table: boolean): TitledPart {
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
    const text = argument.text;
    return table && hasPlaceholder(text) ? { text, pattern: titlePattern(text) } : { text };
  }
  if (ts.isTemplateExpression(argument)) {
    const literals = [argument.head.text, ...argument.templateSpans.map((span) => span.literal.text)];
    const pattern = literals.map((literal) => (table ? titlePattern(literal) : escapeRegExp(literal))).join('.+?');
    return { text: argument.getText(), pattern };
  }
  return { text: argument.getText(), pattern: '.+?' };
}

const PLACEHOLDER = /%[sdifjoOc#%]|\$[\w.]+/g;

function hasPlaceholder(title: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(title);
}

/** "adds %i + %i" → /adds .+ \+ .+/; "%%" stays a literal percent sign. */
function titlePattern(title: string): string {
  let pattern = '';
  let last = 0;
  for (const match of title.matchAll(PLACEHOLDER)) {
    pattern += escapeRegExp(title.slice(last, match.index)) + (match[0] === '%%' ? '%' : '.+?');
    last = match.index + match[0].length;
  }
  return pattern + escapeRegExp(title.slice(last));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

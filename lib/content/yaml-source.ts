// Parses YAML while remembering where every value came from, so a schema
// error on `tasks.1.tests.0` can point at that exact line of the file.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from './content-error';

export interface YamlSource {
  /** Repo-relative file the YAML lives in. */
  file: string;
  /** Plain JS value, or undefined when the YAML could not be parsed. */
  value: unknown;
  /** YAML syntax errors, already located. */
  errors: ContentError[];
  /** Where a value sits in the file; the closest existing parent when it is missing. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * @param text the YAML alone
 * @param firstLine file line number of the YAML's first line (2 for frontmatter after `---`)
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toFilePos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    file,
    ...toFilePos(error.pos[0]),
    message: `invalid YAML: ${firstSentence(error.message)}`,
  }));
  return {
    file,
    value: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    positionOf: (path) => toFilePos(offsetOf(doc, path)),
  };
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
}

/** Offset of the key (for map entries) or item (for list entries) at `path`. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** Validates with a zod schema; every issue becomes an error at the offending field. */
export function validateYaml<T>(source: YamlSource, schema: z.ZodType<T>): { data?: T; errors: ContentError[] } {
  if (source.errors.length > 0) return { errors: source.errors };
  const result = schema.safeParse(source.value ?? {});
  if (result.success) return { data: result.data, errors: [] };
  const errors = result.error.issues.flatMap((issue) => issueToErrors(source, issue));
  return { errors };
}

function issueToErrors(source: YamlSource, issue: z.core.$ZodIssue): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return { file: source.file, ...source.positionOf(path), message: `${describePath(path)}: unknown field` };
    });
  }
  const message = issue.code === 'invalid_type' && valueAt(source.value, issue.path) === undefined
    ? `missing (expected ${issue.expected})`
    : issue.message.replace(/^Invalid input: /, '');
  return [{ file: source.file, ...source.positionOf(issue.path), message: `${describePath(issue.path)}: ${message}` }];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<PropertyKey, unknown> | undefined)?.[key], value);
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'frontmatter' : path.map(String).join('.');
}

// Reads one MDX file of a lesson: frontmatter validated against a schema, and the
// MDX compiled, with every problem located in that file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { ContentError } from './content-error';
import { normaliseText, splitFrontmatter } from './frontmatter';
import type { MdxFacts } from './mdx-facts';
import { compileMdxCached } from './mdx-cache';
import { parseYamlSource, validateYaml, type YamlSource } from './yaml-source';

export interface LessonSource<T> {
  data?: T;
  /** Frontmatter with positions, for checks that point at a field. */
  yaml?: YamlSource;
  mdxCode?: string;
  /** Hints, quizzes and search text found in the MDX (lib/content/mdx-facts.ts). */
  mdxFacts?: MdxFacts;
  errors: ContentError[];
}

export async function readLessonSource<T>(
  absolute: string,
  repoFile: string,
  schema: z.ZodType<T>,
  cacheDir: string | null,
): Promise<LessonSource<T>> {
  const text = normaliseText(await readFile(absolute, 'utf8'));
  const { split, error } = splitFrontmatter(text, repoFile);
  if (!split) return { errors: [error!] };
  const yaml = parseYamlSource(split.yaml, repoFile, split.yamlFirstLine);
  const { data, errors } = validateYaml(yaml, schema);
  const compiled = await compileMdxCached(split.body, path.dirname(absolute), cacheDir);
  const mdxErrors = compiled.problems.map((problem) => ({ file: repoFile, ...problem }));
  return { data, yaml, mdxCode: compiled.code, mdxFacts: compiled.facts, errors: [...errors, ...mdxErrors] };
}

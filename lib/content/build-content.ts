// The whole content pipeline: discover, validate, compile. Returns what pages need,
// or every error found (never just the first).
import path from 'node:path';
import { searchDoc, type SearchDoc } from '../search/search-docs';
import { sortContentErrors, type ContentError } from './content-error';
import { discoverContent, type FoundPart } from './discover';
import { loadLesson, type LoadContext } from './lesson-loader';
import { partTitle, readPartMeta } from './part-meta';
import { LOCALES, type LessonData, type Locale, type PartRef } from './types';

export interface ContentOptions {
  /** Repository root; error paths are relative to it. Default: process.cwd(). */
  rootDir?: string;
  /** Default: <rootDir>/content, or CONTENT_DIR (relative to rootDir) when set. */
  contentDir?: string;
  /** Default: <rootDir>/starters. */
  startersDir?: string;
  /** MDX compile cache; null disables it. Default: <rootDir>/.generated/cache/mdx. */
  cacheDir?: string | null;
}

export interface ContentBuild {
  /** Home page data per locale: parts in order, each with its lessons in order. */
  parts: Record<Locale, PartRef[]>;
  /** Every lesson in every locale, in curriculum order. */
  lessons: LessonData[];
  /** What the search dialog searches, per locale (lib/search/search-docs.ts). */
  search: Record<Locale, SearchDoc[]>;
  errors: ContentError[];
}

export function resolveContentOptions(options: ContentOptions = {}, env: Record<string, string | undefined> = process.env) {
  const rootDir = path.resolve(options.rootDir ?? process.cwd());
  return {
    rootDir,
    contentDir: path.resolve(rootDir, options.contentDir ?? (env.CONTENT_DIR || 'content')),
    startersDir: path.resolve(rootDir, options.startersDir ?? 'starters'),
    cacheDir: options.cacheDir === null ? null : path.resolve(rootDir, options.cacheDir ?? '.generated/cache/mdx'),
  };
}

export async function buildContent(options: ContentOptions = {}): Promise<ContentBuild> {
  const resolved = resolveContentOptions(options);
  const discovery = await discoverContent(resolved.contentDir, resolved.rootDir);
  const context: LoadContext = { startersDir: resolved.startersDir, cacheDir: resolved.cacheDir, starters: new Map() };
  const errors = [...discovery.errors];
  const parts = Object.fromEntries(LOCALES.map((locale) => [locale, [] as PartRef[]])) as Record<Locale, PartRef[]>;
  const lessons: LessonData[] = [];
  const search = Object.fromEntries(LOCALES.map((locale) => [locale, [] as SearchDoc[]])) as Record<Locale, SearchDoc[]>;
  for (const part of discovery.parts) {
    const built = await buildPart(part, context);
    errors.push(...built.errors);
    if (built.lessons.length === 0 || !built.titles) continue;
    for (const locale of LOCALES) {
      const own = built.lessons.map((lesson) => lesson[locale]);
      parts[locale].push({ slug: part.slug, title: built.titles[locale], lessons: own.map(toLessonRef) });
      lessons.push(...own);
      const partTitle = built.titles[locale];
      search[locale].push(...own.map((lesson, i) => searchDoc(lesson, partTitle, built.searchTexts[i][locale])));
    }
  }
  return { parts, lessons, search, errors: sortContentErrors(errors) };
}

async function buildPart(part: FoundPart, context: LoadContext) {
  const { meta, errors } = await readPartMeta(part);
  const lessons: Record<Locale, LessonData>[] = [];
  const searchTexts: Record<Locale, string>[] = [];
  // One at a time: MDX compilation is CPU-bound and the machine is shared.
  for (const folder of part.lessons) {
    const loaded = await loadLesson(part.slug, folder, context);
    errors.push(...loaded.errors);
    if (loaded.byLocale && loaded.searchText) {
      lessons.push(loaded.byLocale);
      searchTexts.push(loaded.searchText);
    }
  }
  const titles = meta && (Object.fromEntries(LOCALES.map((locale) => [locale, partTitle(meta, locale)])) as Record<Locale, string>);
  return { titles, lessons, searchTexts, errors };
}

function toLessonRef({ id, partSlug, lessonSlug, title, summary }: LessonData) {
  return { id, partSlug, lessonSlug, title, summary };
}

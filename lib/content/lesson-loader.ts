// Builds the LessonData of one lesson folder, for every locale, or the list of
// everything wrong with it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileMap } from '../runtime/types';
import { fileError, type ContentError } from './content-error';
import type { FoundFolder } from './discover';
import { overlayFiles, readFileTree, type FileTree } from './file-tree';
import { checkInteractive } from './interactive-checks';
import { checkLesson } from './lesson-checks';
import { readLessonSource, type LessonSource } from './lesson-source';
import { lessonId } from './ordered-name';
import { lessonFrontmatterSchema, translationFrontmatterSchema, type LessonFrontmatter, type TranslationFrontmatter } from './schema';
import { checkTranslation, translateRequests, translateTasks } from './translation';
import { DEFAULT_LOCALE, LOCALES, type LessonData, type Locale } from './types';

export interface LoadContext {
  startersDir: string;
  cacheDir: string | null;
  /** Starter trees, read once per build. */
  starters: Map<string, Promise<FileTree | null>>;
}

export interface LoadedLesson {
  /** Present only when the lesson has no errors. */
  byLocale?: Record<Locale, LessonData>;
  /** The prose each locale's page shows, as plain text for the search index. */
  searchText?: Record<Locale, string>;
  errors: ContentError[];
}

export async function loadLesson(partSlug: string, lesson: FoundFolder, context: LoadContext): Promise<LoadedLesson> {
  const repoFile = `${lesson.repoDir}/index.mdx`;
  const original = await readLessonSource(path.join(lesson.dir, 'index.mdx'), repoFile, lessonFrontmatterSchema, context.cacheDir);
  const errors = [...original.errors];
  const workspace = original.data ? await readWorkspace(lesson, original, context, errors) : undefined;
  const translations = await readTranslations(lesson, original.data, context.cacheDir, errors);
  errors.push(...checkProseComponents(original, translations));
  if (!original.data || !workspace || original.mdxCode === undefined || errors.length > 0) return { errors };

  const base = {
    id: lessonId(partSlug, lesson.slug),
    partSlug,
    lessonSlug: lesson.slug,
    starter: original.data.starter,
    focus: original.data.focus,
    readOnly: original.data.readOnly,
    ...workspace,
  };
  const entries = LOCALES.map((locale) => {
    const translation = translations.get(locale);
    const translated = locale === DEFAULT_LOCALE || translation !== undefined;
    return [locale, { ...base, ...prose(original, translation), locale, translated }] as const;
  });
  const byLocale = Object.fromEntries(entries) as Record<Locale, LessonData>;
  const searchText = Object.fromEntries(
    LOCALES.map((locale) => [locale, (translations.get(locale) ?? original).mdxFacts?.text ?? '']),
  ) as Record<Locale, string>;
  return { byLocale, searchText, errors: [] };
}

/** <Hints> and <Quiz> in the prose of the original and of each translation (lib/content/interactive-checks.ts). */
function checkProseComponents(original: LessonSource<LessonFrontmatter>, translations: Map<Locale, LessonSource<TranslationFrontmatter>>) {
  if (!original.data || !original.mdxFacts || !original.yaml) return [];
  const proseOf = (source: LessonSource<unknown>) => (source.mdxFacts && source.yaml ? [{ file: source.yaml.file, facts: source.mdxFacts }] : []);
  return checkInteractive(original.data.tasks, proseOf(original)[0], [...translations.values()].flatMap(proseOf));
}

/** The translated wording where a translation exists, else the original's. */
function prose(original: LessonSource<LessonFrontmatter>, translation?: LessonSource<TranslationFrontmatter>) {
  const data = original.data!;
  if (!translation?.data) {
    return { title: data.title, summary: data.summary, tasks: data.tasks, requests: data.requests, mdxCode: original.mdxCode! };
  }
  const { title, summary } = translation.data;
  return {
    title,
    summary,
    tasks: translateTasks(data.tasks, translation.data),
    requests: translateRequests(data.requests, translation.data),
    mdxCode: translation.mdxCode!,
  };
}

/** Starter + files/, and solution/, after the checks that compare them with the frontmatter. */
async function readWorkspace(
  lesson: FoundFolder,
  original: LessonSource<LessonFrontmatter>,
  context: LoadContext,
  errors: ContentError[],
): Promise<{ files: FileMap; solution: FileMap } | undefined> {
  const frontmatter = original.data!;
  const yaml = original.yaml!;
  const starter = await readStarter(frontmatter.starter, context);
  if (!starter) {
    errors.push({ file: yaml.file, ...yaml.positionOf(['starter']), message: `starter: no folder starters/${frontmatter.starter}` });
    return undefined;
  }
  const [files, solution] = await Promise.all(['files', 'solution'].map((name) => readFileTree(path.join(lesson.dir, name))));
  for (const [name, tree] of [['files', files], ['solution', solution]] as const) {
    for (const binary of tree.binaries) {
      errors.push(fileError(`${lesson.repoDir}/${name}/${binary}`, 'binary files cannot be part of a lesson workspace'));
    }
  }
  const workspace = overlayFiles(starter.files, files.files);
  errors.push(...checkLesson({ frontmatter, source: yaml, workspace, solution: solution.files, lessonDir: lesson.repoDir }));
  return { files: workspace, solution: solution.files };
}

function readStarter(name: string, context: LoadContext): Promise<FileTree | null> {
  let tree = context.starters.get(name);
  if (!tree) {
    const dir = path.join(context.startersDir, name);
    tree = stat(dir).then((s) => (s.isDirectory() ? readFileTree(dir) : null), () => null);
    context.starters.set(name, tree);
  }
  return tree;
}

/** index.<locale>.mdx for every non-default locale that has one. */
async function readTranslations(
  lesson: FoundFolder,
  original: LessonFrontmatter | undefined,
  cacheDir: string | null,
  errors: ContentError[],
): Promise<Map<Locale, LessonSource<TranslationFrontmatter>>> {
  const found = new Map<Locale, LessonSource<TranslationFrontmatter>>();
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const name = `index.${locale}.mdx`;
    const absolute = path.join(lesson.dir, name);
    if (!(await stat(absolute).then((s) => s.isFile(), () => false))) continue;
    const source = await readLessonSource(absolute, `${lesson.repoDir}/${name}`, translationFrontmatterSchema, cacheDir);
    errors.push(...source.errors);
    if (source.data && original) errors.push(...checkTranslation(source.data, original, source.yaml!));
    found.set(locale, source);
  }
  return found;
}

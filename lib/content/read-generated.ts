// What pages use: the content compiled by scripts/build-content.ts, read from JSON.
// Nothing here compiles MDX or reads request data, so pages stay fully static.
import { readFile } from 'node:fs/promises';
import { generatedDir, indexFile, lessonFile } from './generated-files';
import { lessonId } from './ordered-name';
import { LOCALES, type LessonData, type LessonRef, type Locale, type PartRef } from './types';

export interface GeneratedIndex {
  parts: Record<Locale, PartRef[]>;
}

export interface LessonParams {
  locale: Locale;
  part: string;
  lesson: string;
}

export interface LessonNeighbours {
  previous?: LessonRef;
  next?: LessonRef;
}

let cachedIndex: Promise<GeneratedIndex> | undefined;

async function readIndex(dir: string): Promise<GeneratedIndex> {
  try {
    return JSON.parse(await readFile(indexFile(dir), 'utf8')) as GeneratedIndex;
  } catch (error) {
    throw new Error(`No compiled content in ${dir}: run \`npx tsx scripts/build-content.ts\` first (npm run build and npm run dev do).`, { cause: error });
  }
}

/** Read once per production build; re-read in development so a content rebuild shows up. */
function loadIndex(dir = generatedDir()): Promise<GeneratedIndex> {
  if (dir !== generatedDir() || process.env.NODE_ENV !== 'production') return readIndex(dir);
  cachedIndex ??= readIndex(dir);
  return cachedIndex;
}

export async function getParts(locale: Locale, dir?: string): Promise<PartRef[]> {
  return (await loadIndex(dir)).parts[locale] ?? [];
}

/** Every lesson page to prerender, in every locale. */
export async function getLessonParams(dir?: string): Promise<LessonParams[]> {
  const index = await loadIndex(dir);
  return LOCALES.flatMap((locale) =>
    (index.parts[locale] ?? []).flatMap((part) =>
      part.lessons.map((lesson) => ({ locale, part: lesson.partSlug, lesson: lesson.lessonSlug })),
    ),
  );
}

/** The lesson, or null when there is none by that name. */
export async function getLesson(locale: Locale, partSlug: string, lessonSlug: string, dir = generatedDir()): Promise<LessonData | null> {
  const known = (await getParts(locale, dir)).some((part) => part.lessons.some((l) => l.id === lessonId(partSlug, lessonSlug)));
  if (!known) return null;
  return JSON.parse(await readFile(lessonFile(dir, locale, partSlug, lessonSlug), 'utf8')) as LessonData;
}

/** The lessons before and after, across part boundaries. */
export async function getNeighbours(locale: Locale, id: string, dir?: string): Promise<LessonNeighbours> {
  const all = (await getParts(locale, dir)).flatMap((part) => part.lessons);
  const index = all.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return { previous: all[index - 1], next: all[index + 1] };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

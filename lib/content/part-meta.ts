// Reads and validates a part's part.yml.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentError } from './content-error';
import type { FoundPart } from './discover';
import { normaliseText } from './frontmatter';
import { partSchema, type PartMeta } from './schema';
import { LOCALES, type Locale } from './types';
import { parseYamlSource, validateYaml } from './yaml-source';

export async function readPartMeta(part: FoundPart): Promise<{ meta?: PartMeta; errors: ContentError[] }> {
  const text = normaliseText(await readFile(path.join(part.dir, 'part.yml'), 'utf8'));
  const source = parseYamlSource(text, `${part.repoDir}/part.yml`);
  const { data, errors } = validateYaml(source, partSchema);
  if (!data) return { errors };
  const unknownLocales = Object.keys(data.translations).filter((key) => !(LOCALES as readonly string[]).includes(key));
  const localeErrors = unknownLocales.map((key) => ({
    file: source.file,
    ...source.positionOf(['translations', key]),
    message: `translations.${key}: unknown locale; use one of ${LOCALES.join(', ')}`,
  }));
  return localeErrors.length > 0 ? { errors: localeErrors } : { meta: data, errors: [] };
}

export function partTitle(meta: PartMeta, locale: Locale): string {
  return meta.translations[locale]?.title ?? meta.title;
}

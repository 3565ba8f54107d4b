// Shared by scripts/check-content.ts and scripts/build-content.ts: run the
// pipeline, print every error as `path:line:col message`, and return an exit code.
import { buildContent, resolveContentOptions, type ContentOptions } from './build-content';
import { formatContentError } from './content-error';
import { generatedDir, GENERATED_DIR } from './generated-files';
import { writeGenerated } from './write-generated';
import { writeSearchIndexes } from '../search/write-search-index';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export async function runContentCommand(
  { write, ...options }: ContentOptions & { write: boolean },
  out: CliOutput = { log: console.log, error: console.error },
): Promise<number> {
  const resolved = resolveContentOptions(options);
  const build = await buildContent(resolved);
  if (build.errors.length > 0) {
    build.errors.forEach((error) => out.error(formatContentError(error)));
    out.error(`\n${build.errors.length} content error(s); nothing was written.`);
    return 1;
  }
  const partCount = build.parts.en.length;
  const lessonCount = build.parts.en.reduce((sum, part) => sum + part.lessons.length, 0);
  const translated = build.lessons.filter((lesson) => lesson.locale !== 'en' && lesson.translated).length;
  out.log(`Content OK: ${lessonCount} lesson(s) in ${partCount} part(s), ${translated} translation(s).`);
  if (write) {
    await writeGenerated(generatedDir(resolved.rootDir), build);
    await writeSearchIndexes(resolved.rootDir, build.search);
    out.log(`Wrote ${GENERATED_DIR}.`);
  }
  return 0;
}

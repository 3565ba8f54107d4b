// Writes the compiled content as JSON files the pages read at build time.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentBuild } from './build-content';
import { indexFile, lessonFile } from './generated-files';
import type { GeneratedIndex } from './read-generated';

export async function writeGenerated(dir: string, build: ContentBuild): Promise<void> {
  // Start clean so a deleted or renamed lesson does not live on as a page.
  await rm(path.join(dir, 'lessons'), { recursive: true, force: true });
  for (const lesson of build.lessons) {
    const file = lessonFile(dir, lesson.locale, lesson.partSlug, lesson.lessonSlug);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(lesson));
  }
  const index: GeneratedIndex = { parts: build.parts };
  await mkdir(dir, { recursive: true });
  await writeFile(indexFile(dir), JSON.stringify(index, null, 2));
}

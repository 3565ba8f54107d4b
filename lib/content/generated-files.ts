// Where the compiled content lives between `build-content` and `next build`.
import path from 'node:path';
import type { Locale } from './types';

export const GENERATED_DIR = path.join('.generated', 'content');

export function generatedDir(rootDir: string = process.cwd()): string {
  return path.join(rootDir, GENERATED_DIR);
}

export function indexFile(dir: string): string {
  return path.join(dir, 'index.json');
}

export function lessonFile(dir: string, locale: Locale, partSlug: string, lessonSlug: string): string {
  return path.join(dir, 'lessons', locale, partSlug, `${lessonSlug}.json`);
}

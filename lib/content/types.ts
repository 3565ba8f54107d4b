// Shapes the content pipeline hands to pages and to the lesson client.
import type { FileMap } from '../runtime/types';
import type { ExampleRequest, LessonTask } from './schema';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LessonRef {
  /** "part-slug/lesson-slug": number prefixes dropped, stable across locales. */
  id: string;
  partSlug: string;
  lessonSlug: string;
  title: string;
  summary: string;
}

export interface PartRef {
  slug: string;
  title: string;
  lessons: LessonRef[];
}

/** Everything the lesson page needs, serialisable to the client. */
export interface LessonData extends LessonRef {
  locale: Locale;
  /** False when the page shows the default-locale prose because no translation exists. */
  translated: boolean;
  starter: string;
  focus: string;
  readOnly: string[];
  tasks: LessonTask[];
  /** Example requests for the "Try the API" panel, from the frontmatter. */
  requests: ExampleRequest[];
  /** Starter files overlaid with the lesson's files/ (no lockfile, no node_modules). */
  files: FileMap;
  /** The lesson's solution/ files, laid over `files` by "Show solution". */
  solution: FileMap;
  /** mdx-bundler output, rendered with the component registry. */
  mdxCode: string;
}

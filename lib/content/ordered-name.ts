// Folder names like "01-foundations": the number sets the order, the rest is the URL slug.
export interface OrderedName {
  order: number;
  slug: string;
}

const ORDERED_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseOrderedName(name: string): OrderedName | null {
  const match = ORDERED_NAME.exec(name);
  if (!match) return null;
  return { order: Number(match[1]), slug: match[2] };
}

/** "part-slug/lesson-slug", the id used in URLs, progress storage and runtimes. */
export function lessonId(partSlug: string, lessonSlug: string): string {
  return `${partSlug}/${lessonSlug}`;
}

// Splits `---` frontmatter from MDX without moving any line, so MDX errors keep
// the line numbers of the file the author is editing.
import { fileError, type ContentError } from './content-error';

export interface SplitMdx {
  /** The YAML between the fences. */
  yaml: string;
  /** File line of the YAML's first line. */
  yamlFirstLine: number;
  /** The MDX with the frontmatter lines blanked out (same line count as the file). */
  body: string;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(source: string, file: string): { split?: SplitMdx; error?: ContentError } {
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { error: fileError(file, 'missing frontmatter: the file must start with a --- block (title, summary, starter, focus, tasks)') };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return { error: fileError(file, 'frontmatter is not closed: add a line with --- after it') };
  }
  const yaml = lines.slice(1, close).join('\n');
  const body = [...lines.slice(0, close + 1).map(() => ''), ...lines.slice(close + 1)].join('\n');
  return { split: { yaml, yamlFirstLine: 2, body } };
}

/** Same text with Windows line ends and a leading BOM removed. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

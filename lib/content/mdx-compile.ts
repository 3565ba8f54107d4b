// Compiles lesson MDX with mdx-bundler at build time. Pages only ever see the
// resulting code string. Syntax errors come back with the file's own line numbers.
import { bundleMDX } from 'mdx-bundler';
import rehypePrettyCode from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import { emptyFacts, type MdxFacts } from './mdx-facts';
import { remarkInteractive } from './mdx-interactive';
import { remarkLessonLint, type MdxProblem } from './mdx-lint';
import { remarkSearchText } from './mdx-search-text';

export interface MdxResult {
  /** Present when the MDX compiled. */
  code?: string;
  /** Syntax errors and lint problems, 1-based positions in the source. */
  problems: MdxProblem[];
  /** Hints and quizzes used, and the prose as text; present when the MDX could be parsed. */
  facts?: MdxFacts;
}

/**
 * Light and dark themes are both emitted as CSS variables; globals.css picks one.
 * GitHub's "default" themes: every token colour meets WCAG AA (4.5:1) on the code
 * block's background (white / zinc-900), which the older github-light does not.
 */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * @param body MDX whose frontmatter has been blanked, so line numbers match the file.
 * @param cwd folder the MDX lives in (esbuild's resolve root).
 */
export async function compileMdx(body: string, cwd: string): Promise<MdxResult> {
  const problems: MdxProblem[] = [];
  const facts = emptyFacts();
  try {
    const { code } = await bundleMDX({
      source: body,
      cwd,
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          remarkLessonLint(problems),
          remarkInteractive(problems, facts),
          remarkSearchText(facts),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          [rehypePrettyCode, { theme: CODE_THEMES, keepBackground: false, defaultLang: { block: 'plaintext' } }],
        ];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        options.minify = true;
        return options;
      },
    });
    return { code: problems.length > 0 ? undefined : code, problems, facts };
  } catch (error) {
    return { problems: [...problems, ...problemsFromError(error)] };
  }
}

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
  detail?: { line?: number; column?: number; reason?: string; cause?: { line?: number; column?: number; reason?: string } };
}

/** esbuild wraps the MDX compiler's message; prefer the inner, 1-based position and reason. */
function problemsFromError(error: unknown): MdxProblem[] {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  if (!Array.isArray(messages) || messages.length === 0) {
    return [{ line: 1, column: 1, message: `MDX could not be compiled: ${(error as Error).message ?? String(error)}` }];
  }
  return messages.map((message) => {
    const inner = message.detail?.cause ?? message.detail;
    const reason = inner?.reason ?? message.text.split('\n').pop()?.replace(/^\s*\d+:\d+: /, '') ?? message.text;
    const position = inner?.line ? { line: inner.line, column: inner.column ?? 1 } : (positionInReason(reason) ?? esbuildPosition(message));
    return { ...position, message: `MDX syntax error: ${reason}` };
  });
}

/** Some MDX errors carry their position only in the text, as "(13:1-13:22)". */
function positionInReason(reason: string): { line: number; column: number } | undefined {
  const match = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** esbuild's own location: 1-based line (0 when unknown), 0-based column. */
function esbuildPosition(message: EsbuildMessage): { line: number; column: number } {
  const location = message.location;
  return location && location.line > 0 ? { line: location.line, column: location.column + 1 } : { line: 1, column: 1 };
}

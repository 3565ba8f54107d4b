// Skips recompiling MDX that has not changed. The key is a hash of the source,
// the compiler's own code and the versions of the packages that shape its output,
// so nothing has to be bumped by hand.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMdx, type MdxResult } from './mdx-compile';

const OUTPUT_SHAPING_PACKAGES = ['mdx-bundler', 'rehype-pretty-code', 'shiki', 'remark-gfm', 'esbuild'];
const COMPILER_FILES = ['mdx-compile.ts', 'mdx-lint.ts', 'mdx-component-names.ts', 'mdx-interactive.ts', 'mdx-search-text.ts', 'mdx-facts.ts'];

let salt: Promise<string> | undefined;

async function compilerSalt(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const manifests = OUTPUT_SHAPING_PACKAGES.map((name) => path.join(here, '../../node_modules', name, 'package.json'));
  const texts = await Promise.all(
    [...manifests, ...COMPILER_FILES.map((file) => path.join(here, file))].map((file) => readFile(file, 'utf8').catch(() => file)),
  );
  return texts.join('\0');
}

/** compileMdx, remembered in `cacheDir` (no cache when it is null). */
export async function compileMdxCached(body: string, cwd: string, cacheDir: string | null): Promise<MdxResult> {
  if (!cacheDir) return compileMdx(body, cwd);
  salt ??= compilerSalt();
  const key = createHash('sha256').update(await salt).update('\0').update(body).digest('hex');
  const file = path.join(cacheDir, `${key}.json`);
  const cached = await readFile(file, 'utf8').then((text) => JSON.parse(text) as MdxResult, () => null);
  if (cached) return cached;
  const result = await compileMdx(body, cwd);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so an interrupted build never leaves half a JSON file.
  await writeFile(`${file}.tmp`, JSON.stringify(result));
  await rename(`${file}.tmp`, file);
  return result;
}

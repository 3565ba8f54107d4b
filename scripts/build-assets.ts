// Generates the browser assets the workbench serves from its own origin
// (run before `next dev`/`next build`; outputs are gitignored):
//   public/monaco/vs/                              Monaco's AMD build, so no CDN is ever contacted
//   public/generated/ts-worker-extension.js        auto-import completions inside Monaco's TS worker
//   public/generated/types/<starter>.json          real .d.ts files for the editor (see collect-types.ts)
//   public/generated/starters/<starter>/package-lock.json   for `npm install` inside a WebContainer
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectTypes } from './assets/collect-types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(root, 'public');

async function copyMonaco(): Promise<string> {
  const source = path.join(root, 'node_modules/monaco-editor');
  const { version } = JSON.parse(await readFile(path.join(source, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(publicDir, 'monaco');
  const stamp = path.join(target, 'VERSION');
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === version) return `monaco ${version} already in place`;
  await rm(target, { recursive: true, force: true });
  await cp(path.join(source, 'min/vs'), path.join(target, 'vs'), { recursive: true });
  await writeFile(stamp, version);
  return `monaco ${version} copied to public/monaco/vs`;
}

/** The TypeScript worker extension runs inside Monaco's worker, unbundled. */
async function copyWorkerExtension(): Promise<string> {
  const target = path.join(publicDir, 'generated/ts-worker-extension.js');
  await mkdir(path.dirname(target), { recursive: true });
  await cp(path.join(root, 'lib/editor/ts-worker-extension.js'), target);
  return 'ts-worker-extension.js copied to public/generated';
}

async function buildStarterAssets(starter: string): Promise<string> {
  const dir = path.join(root, 'starters', starter);
  if (!existsSync(path.join(dir, 'node_modules'))) {
    throw new Error(`starters/${starter}/node_modules is missing: run \`npm ci\` in starters/${starter} first`);
  }
  const bundle = collectTypes(dir);
  const typesFile = path.join(publicDir, 'generated/types', `${starter}.json`);
  await mkdir(path.dirname(typesFile), { recursive: true });
  const json = JSON.stringify(bundle);
  await writeFile(typesFile, json);

  const lockTarget = path.join(publicDir, 'generated/starters', starter, 'package-lock.json');
  await mkdir(path.dirname(lockTarget), { recursive: true });
  await cp(path.join(dir, 'package-lock.json'), lockTarget);
  const kb = Math.round(json.length / 1024);
  return `${starter}: ${Object.keys(bundle.files).length} type files (${kb} KiB), package-lock.json`;
}

async function main(): Promise<void> {
  console.log(await copyMonaco());
  console.log(await copyWorkerExtension());
  const starters = (await readdir(path.join(root, 'starters'), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(path.join(root, 'starters', e.name, 'package.json')))
    .map((e) => e.name);
  for (const starter of starters) console.log(await buildStarterAssets(starter));
}

main().catch((error: unknown) => {
  console.error(`build-assets: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

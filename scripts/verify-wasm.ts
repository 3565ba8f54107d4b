// `npm run verify:wasm [-- part[/lesson] ...]`: the local stand-in for a WebContainer.
// It proves that every lesson's solution tests run without any native addon: a copy
// of each starter gets the wasm32-wasi builds of its napi-rs packages, and Vitest runs
// with NODE_OPTIONS=--no-addons (no .node file can load, in any worker) and
// NAPI_RS_FORCE_WASI=error (napi-rs loaders must load their wasm build or fail).
// A sanity run first shows the same run failing without the wasm builds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseVerifyArgs } from '../lib/verify/cli-args';
import { formatOutcome, formatSeconds, isSuccess } from '../lib/verify/judge';
import { isLoadable, loadLessons, type VerifiableLesson } from '../lib/verify/lessons';
import { verifySolution } from '../lib/verify/verify-lesson';
import { ensureCached, findWasiBindings, placeBinding, removeBinding } from '../lib/verify/wasm-bindings';

const WASM_ENV = { NODE_OPTIONS: '--no-addons', NAPI_RS_FORCE_WASI: 'error' };
// Without NAPI_RS_FORCE_WASI the loaders try their native build first, so this run
// shows --no-addons itself blocking it.
const NO_ADDONS_ENV = { NODE_OPTIONS: '--no-addons' };
const CACHE_ROOT = path.resolve('node_modules/.cache/workbook-wasm');

/** A copy of the starter's node_modules with wasm builds instead of native ones. */
async function prepareStandIn(startersDir: string, starter: string, sanityLesson: VerifiableLesson): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `workbook-wasm-${starter}-`));
  try {
    await fillStandIn(root, startersDir, starter, sanityLesson);
    return root;
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

async function fillStandIn(
  root: string,
  startersDir: string,
  starter: string,
  sanityLesson: VerifiableLesson,
): Promise<void> {
  const started = Date.now();
  const nodeModules = path.join(root, 'node_modules');
  const copy = spawnSync('cp', ['-a', path.join(startersDir, starter, 'node_modules'), nodeModules], {
    encoding: 'utf8',
  });
  if (copy.status !== 0) throw new Error(`could not copy starters/${starter}/node_modules: ${copy.stderr.trim()}`);
  const bindings = await findWasiBindings(nodeModules);
  for (const binding of bindings) await removeBinding(binding, nodeModules);
  console.log(
    `wasm: starters/${starter} copied in ${formatSeconds(Date.now() - started)}; wasm32-wasi builds needed: ${bindings.map((b) => `${b.name}@${b.version} (for ${b.owner})`).join(', ') || 'none'}`,
  );

  const sanity = await verifySolution(sanityLesson, { nodeModulesFor: () => nodeModules, env: NO_ADDONS_ENV });
  console.log(
    isSuccess(sanity)
      ? `sanity: WARNING ${sanityLesson.id} passed with --no-addons and no wasm builds, so this stand-in proves nothing for starters/${starter}`
      : `sanity: with --no-addons and no wasm builds, ${sanityLesson.id} fails as it should (${sanity.error ?? sanity.solution?.problems[0]})`,
  );

  for (const binding of bindings) {
    const before = Date.now();
    const cached = await ensureCached(binding, CACHE_ROOT);
    await placeBinding(binding, cached.nodeModules, nodeModules);
    const how = cached.downloaded
      ? `downloaded into ${path.relative(process.cwd(), CACHE_ROOT)}`
      : 'taken from the cache (offline)';
    console.log(
      `wasm: ${binding.name}@${binding.version} ${how} and laid into the copy (${formatSeconds(Date.now() - before)})`,
    );
  }
}

async function main(): Promise<number> {
  const args = parseVerifyArgs(process.argv.slice(2));
  const started = Date.now();
  const { lessons, errors, startersDir } = await loadLessons({}, args.only);
  for (const error of errors) console.log(`✗ ${error}`);
  let failed = errors.length;
  const standIns = new Map<string, string>();
  try {
    for (const lesson of lessons) {
      if (!isLoadable(lesson)) {
        console.log(formatOutcome({ id: lesson.id, error: lesson.error, durationMs: 0 }));
        failed += 1;
        continue;
      }
      if (!existsSync(path.join(startersDir, lesson.starter, 'node_modules', '.bin', 'vitest'))) {
        console.log(
          `✗ ${lesson.id} — starters/${lesson.starter} is not installed: run npm install at the repository root`,
        );
        failed += 1;
        continue;
      }
      if (!standIns.has(lesson.starter))
        standIns.set(lesson.starter, await prepareStandIn(startersDir, lesson.starter, lesson));
      const nodeModules = path.join(standIns.get(lesson.starter)!, 'node_modules');
      const outcome = await verifySolution(lesson, { nodeModulesFor: () => nodeModules, env: WASM_ENV });
      console.log(formatOutcome(outcome, 'wasm solution'));
      if (!isSuccess(outcome)) failed += 1;
    }
  } finally {
    for (const root of standIns.values()) await rm(root, { recursive: true, force: true });
  }
  const verdict = failed === 0 ? 'all passed' : `${failed} failed`;
  console.log(
    `${lessons.length} lesson(s) run under the WebContainer stand-in in ${formatSeconds(Date.now() - started)}: ${verdict}`,
  );
  return lessons.length > 0 && failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`✗ verify:wasm stopped: ${error.message}`);
    process.exitCode = 1;
  },
);

// Root "postinstall": installs each starter project (starters/*/package-lock.json)
// exactly once, so a single `npm install` at the root prepares every lesson and no
// learner or lesson ever triggers another install. A starter is skipped while its
// node_modules still matches its lockfile (sha256 stamped after a successful `npm ci`).
// Plain Node ESM with no dependencies: it runs before anything else is guaranteed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP_NAME = '.workbook-lock-hash';

export function lockHash(lockfile) {
  return createHash('sha256').update(readFileSync(lockfile)).digest('hex');
}

/** Folders of startersDir that have a package-lock.json, in name order. */
export function findStarters(startersDir) {
  if (!existsSync(startersDir)) return [];
  return readdirSync(startersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(startersDir, entry.name, 'package-lock.json')))
    .map((entry) => path.join(startersDir, entry.name))
    .sort();
}

export function isInSync(starterDir) {
  const stamp = path.join(starterDir, 'node_modules', STAMP_NAME);
  if (!existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8').trim() === lockHash(path.join(starterDir, 'package-lock.json'));
}

/**
 * True when npm's own record of what it installed (node_modules/.package-lock.json)
 * matches the lockfile entry for entry. Lets a tree installed before this script
 * existed be stamped instead of deleted and reinstalled. Optional packages the
 * platform skipped (other OSes' native bindings) may be absent.
 */
export function installMatchesLockfile(starterDir) {
  const hiddenFile = path.join(starterDir, 'node_modules', '.package-lock.json');
  if (!existsSync(hiddenFile)) return false;
  try {
    const wanted = JSON.parse(readFileSync(path.join(starterDir, 'package-lock.json'), 'utf8')).packages ?? {};
    const installed = JSON.parse(readFileSync(hiddenFile, 'utf8')).packages ?? {};
    for (const key of Object.keys(installed)) {
      // A folder removed by hand after the install must not pass for installed.
      if (!(key in wanted) || !existsSync(path.join(starterDir, key, 'package.json'))) return false;
    }
    return Object.entries(wanted).every(([key, entry]) => {
      if (key === '' || entry.link) return true;
      const got = installed[key];
      if (!got) return Boolean(entry.optional || entry.devOptional);
      return got.version === entry.version && (!entry.integrity || got.integrity === entry.integrity);
    });
  } catch {
    return false;
  }
}

/**
 * The parent npm exports its own settings (npm_config_global, npm_config_save_dev, ...)
 * to lifecycle scripts; a nested `npm ci` must not inherit the root command's intent.
 * Registry, cache and proxy settings are kept so the install reaches the same registry.
 */
export function childEnv(env) {
  const keep =
    /^npm_config_(registry|cache|userconfig|globalconfig|(https?_)?proxy|noproxy|strict_ssl|cafile|ca|fetch_.*|prefer_o(ff|n)line|offline|loglevel|color)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) || keep.test(key)));
}

function npmCommand() {
  // Inside an npm lifecycle script npm_execpath points at the npm that is running.
  const execPath = process.env.npm_execpath;
  if (execPath && execPath.endsWith('.js')) return { command: process.execPath, prefix: [execPath] };
  return { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', prefix: [] };
}

function installStarter(starterDir, label) {
  const hash = lockHash(path.join(starterDir, 'package-lock.json'));
  const short = hash.slice(0, 12);
  if (isInSync(starterDir)) {
    console.log(`starters: ${label} is in sync with its lockfile (${short}), skipped`);
    return true;
  }
  if (installMatchesLockfile(starterDir)) {
    writeFileSync(path.join(starterDir, 'node_modules', STAMP_NAME), `${hash}\n`);
    console.log(`starters: ${label} already installed as its lockfile says (${short}), stamped without reinstalling`);
    return true;
  }
  console.log(`starters: ${label} installing with npm ci (lockfile ${short}) ...`);
  const started = Date.now();
  const npm = npmCommand();
  const result = spawnSync(npm.command, [...npm.prefix, 'ci', '--no-audit', '--no-fund'], {
    cwd: starterDir,
    env: childEnv(process.env),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `npm ci exited with code ${result.status}`;
    console.error(`starters: ${label} FAILED after ${seconds} s: ${why}`);
    return false;
  }
  writeFileSync(path.join(starterDir, 'node_modules', STAMP_NAME), `${hash}\n`);
  console.log(`starters: ${label} installed in ${seconds} s`);
  return true;
}

function main() {
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const startersDir = path.join(rootDir, 'starters');
  const starters = findStarters(startersDir);
  if (starters.length === 0) {
    console.log('starters: none found (no starters/*/package-lock.json)');
    return 0;
  }
  let failed = 0;
  for (const dir of starters) {
    if (!installStarter(dir, path.relative(rootDir, dir).split(path.sep).join('/'))) failed += 1;
  }
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}

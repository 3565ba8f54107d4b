import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAMP_NAME, childEnv, findStarters, installMatchesLockfile, isInSync, lockHash } from './install-starters.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'install-starters-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lock = {
  name: 'starter',
  lockfileVersion: 3,
  packages: {
    '': { name: 'starter' },
    'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' },
    'node_modules/b-darwin': { version: '2.0.0', optional: true },
  },
};

async function starter(name: string, installed?: Record<string, unknown>): Promise<string> {
  const starterDir = path.join(dir, 'starters', name);
  await mkdir(starterDir, { recursive: true });
  await writeFile(path.join(starterDir, 'package-lock.json'), JSON.stringify(lock));
  if (installed) {
    await mkdir(path.join(starterDir, 'node_modules'), { recursive: true });
    await writeFile(path.join(starterDir, 'node_modules/.package-lock.json'), JSON.stringify({ packages: installed }));
    for (const key of Object.keys(installed)) {
      await mkdir(path.join(starterDir, key), { recursive: true });
      await writeFile(path.join(starterDir, key, 'package.json'), '{}');
    }
  }
  return starterDir;
}

describe('findStarters', () => {
  it('lists starter folders that have a lockfile, in name order', async () => {
    await starter('nest-b');
    await starter('nest-a');
    await mkdir(path.join(dir, 'starters', 'no-lock'));

    expect(findStarters(path.join(dir, 'starters')).map((p) => path.basename(p))).toEqual(['nest-a', 'nest-b']);
    expect(findStarters(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('isInSync', () => {
  it('is true only while the stamp holds the lockfile’s current hash', async () => {
    const starterDir = await starter('nest', {});
    expect(isInSync(starterDir)).toBe(false);

    await writeFile(
      path.join(starterDir, 'node_modules', STAMP_NAME),
      `${lockHash(path.join(starterDir, 'package-lock.json'))}\n`,
    );
    expect(isInSync(starterDir)).toBe(true);

    await writeFile(path.join(starterDir, 'package-lock.json'), JSON.stringify({ ...lock, name: 'changed' }));
    expect(isInSync(starterDir)).toBe(false);
  });
});

describe('installMatchesLockfile', () => {
  it('accepts an install that matches the lockfile, without optional packages for other platforms', async () => {
    expect(
      installMatchesLockfile(await starter('nest', { 'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' } })),
    ).toBe(true);
  });

  it('rejects a different version, a missing required package, an extra package, or a deleted folder', async () => {
    expect(
      installMatchesLockfile(await starter('v', { 'node_modules/a': { version: '1.0.1', integrity: 'sha512-a' } })),
    ).toBe(false);
    expect(installMatchesLockfile(await starter('missing', {}))).toBe(false);
    const extra = {
      'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' },
      'node_modules/x': { version: '1.0.0' },
    };
    expect(installMatchesLockfile(await starter('extra', extra))).toBe(false);
    const deleted = await starter('deleted', { 'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' } });
    await rm(path.join(deleted, 'node_modules/a'), { recursive: true });
    expect(installMatchesLockfile(deleted)).toBe(false);
    expect(installMatchesLockfile(await starter('never-installed'))).toBe(false);
  });
});

describe('childEnv', () => {
  it('drops the parent npm command’s settings but keeps registry, cache and proxy', () => {
    const env = childEnv({
      PATH: '/bin',
      npm_config_global: 'true',
      npm_config_save_dev: 'true',
      npm_lifecycle_event: 'postinstall',
      npm_config_registry: 'https://registry.example/',
      npm_config_cache: '/root/.npm',
      npm_config_https_proxy: 'http://proxy:3128',
    });

    expect(env).toEqual({
      PATH: '/bin',
      npm_config_registry: 'https://registry.example/',
      npm_config_cache: '/root/.npm',
      npm_config_https_proxy: 'http://proxy:3128',
    });
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheFolderName,
  ensureCached,
  findWasiBindings,
  listPackages,
  placeBinding,
  removeBinding,
  type WasiBinding,
} from './wasm-bindings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wasm-bindings-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function addPackage(nodeModules: string, name: string, manifest: Record<string, unknown> = {}): Promise<void> {
  await mkdir(path.join(nodeModules, name), { recursive: true });
  await writeFile(
    path.join(nodeModules, name, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', ...manifest }),
  );
}

const rolldownWasi: WasiBinding = { owner: 'rolldown', name: '@rolldown/binding-wasm32-wasi', version: '1.2.19' };

describe('findWasiBindings', () => {
  it('finds the wasm32-wasi builds that installed napi-rs packages declare, at their exact versions', async () => {
    const nodeModules = path.join(dir, 'node_modules');
    await addPackage(nodeModules, 'rolldown', {
      optionalDependencies: { '@rolldown/binding-linux-x64-gnu': '1.2.19', '@rolldown/binding-wasm32-wasi': '1.2.19' },
    });
    await addPackage(nodeModules, 'lightningcss', { optionalDependencies: { 'lightningcss-linux-x64-gnu': '1.33.0' } });
    await addPackage(nodeModules, '@scope/tool');
    await mkdir(path.join(nodeModules, '.bin'));

    expect(await listPackages(nodeModules)).toEqual(['@scope/tool', 'lightningcss', 'rolldown']);
    expect(await findWasiBindings(nodeModules)).toEqual([rolldownWasi]);
  });

  it('finds nothing in a missing folder', async () => {
    expect(await findWasiBindings(path.join(dir, 'nope'))).toEqual([]);
  });
});

describe('placeBinding', () => {
  it('puts the binding at the top level and its dependencies inside it, leaving the project’s own versions alone', async () => {
    const cached = path.join(dir, 'cache', 'node_modules');
    await addPackage(cached, '@rolldown/binding-wasm32-wasi', { version: '1.2.19' });
    await addPackage(cached, '@napi-rs/wasm-runtime', { version: '1.2.6' });
    await addPackage(cached, 'tslib', { version: '2.8.1' });
    const project = path.join(dir, 'project', 'node_modules');
    await addPackage(project, 'tslib', { version: '2.0.0' });

    await placeBinding(rolldownWasi, cached, project);

    const binding = path.join(project, '@rolldown/binding-wasm32-wasi');
    expect(JSON.parse(readFileSync(path.join(binding, 'package.json'), 'utf8')).version).toBe('1.2.19');
    expect(existsSync(path.join(binding, 'node_modules/@napi-rs/wasm-runtime/package.json'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(binding, 'node_modules/tslib/package.json'), 'utf8')).version).toBe(
      '2.8.1',
    );
    expect(JSON.parse(readFileSync(path.join(project, 'tslib/package.json'), 'utf8')).version).toBe('2.0.0');

    expect(await removeBinding(rolldownWasi, project)).toBe(true);
    expect(existsSync(binding)).toBe(false);
    expect(await removeBinding(rolldownWasi, project)).toBe(false);
  });
});

describe('ensureCached', () => {
  it('reuses a cached install of the exact version without calling npm', async () => {
    const cached = path.join(dir, cacheFolderName(rolldownWasi), 'node_modules');
    await addPackage(cached, '@rolldown/binding-wasm32-wasi', { version: '1.2.19' });

    expect(cacheFolderName(rolldownWasi)).toBe('@rolldown+binding-wasm32-wasi@1.2.19');
    expect(await ensureCached(rolldownWasi, dir)).toEqual({ nodeModules: cached, downloaded: false });
  });
});

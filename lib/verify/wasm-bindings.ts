// The WebContainer stand-in needs the wasm32-wasi build of every napi-rs package a
// starter installs natively. napi-rs packages list all their platform builds as
// optionalDependencies, wasm32-wasi included, at the exact version that matches.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WasiBinding {
  /** The package that loads the binding, e.g. "rolldown". */
  owner: string;
  /** e.g. "@rolldown/binding-wasm32-wasi". */
  name: string;
  version: string;
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Top-level package folders of a node_modules, scoped ones included. */
export async function listPackages(nodeModulesDir: string): Promise<string[]> {
  const names: string[] = [];
  const entries = await readdir(nodeModulesDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    if (!entry.name.startsWith('@')) {
      names.push(entry.name);
      continue;
    }
    const scoped = await readdir(path.join(nodeModulesDir, entry.name)).catch(() => []);
    names.push(...scoped.filter((name) => !name.startsWith('.')).map((name) => `${entry.name}/${name}`));
  }
  return names.sort();
}

/** Every wasm32-wasi binding the installed packages of nodeModulesDir declare. */
export async function findWasiBindings(nodeModulesDir: string): Promise<WasiBinding[]> {
  const found = new Map<string, WasiBinding>();
  for (const owner of await listPackages(nodeModulesDir)) {
    const manifest = await readJson(path.join(nodeModulesDir, owner, 'package.json'));
    const optional = (manifest?.optionalDependencies ?? {}) as Record<string, string>;
    for (const [name, version] of Object.entries(optional)) {
      if (name.endsWith('wasm32-wasi')) found.set(`${name}@${version}`, { owner, name, version });
    }
  }
  return [...found.values()];
}

export function cacheFolderName(binding: WasiBinding): string {
  return `${binding.name.replace('/', '+')}@${binding.version}`;
}

function runNpm(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // The parent npm's settings (when run from an npm script) must not leak into this install.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')),
    ) as NodeJS.ProcessEnv;
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code) => resolve(code === 0 ? undefined : output.trim().split('\n').slice(-5).join(' | ')));
  });
}

/**
 * Installs the binding (and its runtime dependencies) into a small project of its own
 * under cacheRoot, once; later runs reuse it offline. Returns that project's node_modules.
 */
export async function ensureCached(
  binding: WasiBinding,
  cacheRoot: string,
): Promise<{ nodeModules: string; downloaded: boolean }> {
  const dir = path.join(cacheRoot, cacheFolderName(binding));
  const nodeModules = path.join(dir, 'node_modules');
  const installed = await readJson(path.join(nodeModules, binding.name, 'package.json'));
  if (installed?.version === binding.version) return { nodeModules, downloaded: false };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // Optional, like in its owner's manifest: npm matches optional packages against --cpu/--os.
  const manifest = {
    name: 'workbook-wasm-cache',
    private: true,
    optionalDependencies: { [binding.name]: binding.version },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The binding declares cpu: wasm32, so npm installs it only when told that is the target.
  const failure = await runNpm(
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--cpu=wasm32', '--os=wasi'],
    dir,
  );
  const after = await readJson(path.join(nodeModules, binding.name, 'package.json'));
  if (failure || after?.version !== binding.version) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not install ${binding.name}@${binding.version}: ${failure ?? 'npm did not install it'}`);
  }
  return { nodeModules, downloaded: true };
}

/**
 * Lays a cached binding into a node_modules: the binding at the top level, where its
 * owner requires it, and its dependencies inside the binding's own node_modules, so
 * they never replace a version the project already has.
 */
export async function placeBinding(
  binding: WasiBinding,
  cachedNodeModules: string,
  nodeModulesDir: string,
): Promise<void> {
  const target = path.join(nodeModulesDir, binding.name);
  await rm(target, { recursive: true, force: true });
  await cp(path.join(cachedNodeModules, binding.name), target, { recursive: true });
  for (const name of await listPackages(cachedNodeModules)) {
    if (name === binding.name) continue;
    await cp(path.join(cachedNodeModules, name), path.join(target, 'node_modules', name), { recursive: true });
  }
}

export async function removeBinding(binding: WasiBinding, nodeModulesDir: string): Promise<boolean> {
  const target = path.join(nodeModulesDir, binding.name);
  const present = (await readJson(path.join(target, 'package.json'))) !== undefined;
  await rm(target, { recursive: true, force: true });
  return present;
}

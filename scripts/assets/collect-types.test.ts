import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectTypes, packageRootOf, type TypesBundle } from './collect-types';

let dir: string;
let bundle: TypesBundle;

function write(file: string, contents: unknown): void {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, typeof contents === 'string' ? contents : JSON.stringify(contents));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'collect-types-'));
  write('package.json', { type: 'module', dependencies: { alpha: '1' }, devDependencies: { typescript: '6' } });
  write('tsconfig.json', {
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      experimentalDecorators: true,
      outDir: './dist',
      sourceMap: true,
      types: ['globby'],
    },
  });
  write('node_modules/alpha/package.json', {
    name: 'alpha',
    version: '1.0.0',
    type: 'module',
    description: 'not needed by the compiler',
    exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
  });
  write('node_modules/alpha/dist/index.d.ts', "export * from './inject.js';\nexport type { Beta } from 'beta';\n");
  write('node_modules/alpha/dist/inject.d.ts', 'export declare function Injectable(): ClassDecorator;\n');
  write('node_modules/beta/package.json', { name: 'beta', types: 'index.d.ts' });
  write('node_modules/beta/index.d.ts', 'export interface Beta { b: number }\n');
  write('node_modules/globby/package.json', { name: 'globby', types: 'index.d.ts' });
  write('node_modules/globby/index.d.ts', 'declare global { function describe(name: string): void }\nexport {};\n');
  write('node_modules/unused/package.json', { name: 'unused', types: 'index.d.ts' });
  write('node_modules/unused/index.d.ts', 'export declare const nobodyImportsMe: 1;\n');
  // A devDependency only the starter's own config file imports.
  write('tool.config.ts', "import { defineTool } from 'tooling';\nexport default defineTool();\n");
  write('node_modules/tooling/package.json', { name: 'tooling', types: 'index.d.ts' });
  write('node_modules/tooling/index.d.ts', 'export declare function defineTool(): object;\n');
  bundle = collectTypes(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectTypes', () => {
  it("collects what the compiler loads for the starter's files and dependencies, across re-exports", () => {
    const { files } = bundle;
    expect(
      Object.keys(files)
        .filter((f) => f.endsWith('.d.ts'))
        .sort(),
    ).toEqual([
      'node_modules/alpha/dist/index.d.ts',
      'node_modules/alpha/dist/inject.d.ts',
      'node_modules/beta/index.d.ts',
      'node_modules/globby/index.d.ts',
      'node_modules/tooling/index.d.ts',
    ]);
    expect(files['node_modules/alpha/dist/inject.d.ts']).toContain('Injectable');
  });

  it('keeps only the package.json fields module resolution reads', () => {
    const { files } = bundle;
    const alpha = JSON.parse(files['node_modules/alpha/package.json']) as Record<string, unknown>;
    expect(alpha).toEqual({
      name: 'alpha',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    });
    expect(files['node_modules/unused/package.json']).toBeUndefined();
  });

  it("includes the starter's package type (ESM or CommonJS) and dependencies (auto-import candidates)", () => {
    expect(JSON.parse(bundle.files['package.json'])).toEqual({
      type: 'module',
      dependencies: { alpha: '1' },
      devDependencies: { typescript: '6' },
    });
  });

  it("carries the starter's type-checking options but not its output settings", () => {
    const { compilerOptions, starter } = bundle;
    expect(starter).toBe(path.basename(dir));
    expect(compilerOptions).toMatchObject({ strict: true, experimentalDecorators: true, moduleResolution: 99 });
    expect(compilerOptions).not.toHaveProperty('outDir');
    expect(compilerOptions).not.toHaveProperty('types');
  });

  it('names an unreadable tsconfig in its error', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'collect-types-broken-'));
    writeFileSync(path.join(broken, 'package.json'), '{}');
    try {
      expect(() => collectTypes(broken)).toThrow(/tsconfig\.json/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('packageRootOf', () => {
  it('finds scoped and nested packages', () => {
    expect(packageRootOf('/s/node_modules/@nestjs/common/decorators/x.d.ts')).toBe('/s/node_modules/@nestjs/common');
    expect(packageRootOf('/s/node_modules/a/node_modules/b/i.d.ts')).toBe('/s/node_modules/a/node_modules/b');
    expect(packageRootOf('/s/src/app.ts')).toBeUndefined();
  });
});

// Collects the .d.ts files the TypeScript compiler itself loads for a starter
// project, so the in-browser editor type-checks against the REAL declarations
// of the starter's dependencies. We ask the compiler (not a hand-written
// resolver) which files the starter's own files plus an import of every
// dependency need, then add
// the package.json fields module resolution reads ("types", "exports", ...).
import ts from 'typescript';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TypesBundle } from '../../lib/editor/types-bundle';

export type { TypesBundle };

/** Packages learners import that are devDependencies (the rest come from "dependencies"). */
const EXTRA_ENTRY_PACKAGES = ['@nestjs/testing', 'supertest'];

/** Settings that only matter when emitting or locating files on disk. */
const DROPPED_OPTIONS = new Set([
  'outDir',
  'rootDir',
  'declaration',
  'sourceMap',
  'incremental',
  'removeComments',
  'types',
  'typeRoots',
  'configFilePath',
  'tsBuildInfoFile',
  'composite',
  'pathsBasePath',
  'baseUrl',
  'paths',
  'noEmit',
]);

/** package.json fields TypeScript's module resolution reads. */
const PACKAGE_JSON_FIELDS = [
  'name',
  'version',
  'type',
  'main',
  'module',
  'types',
  'typings',
  'exports',
  'imports',
  'typesVersions',
];

export function readStarterConfig(starterDir: string): ts.ParsedCommandLine {
  const configPath = path.join(starterDir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(`${configPath}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      },
    },
  );
  if (!parsed) throw new Error(`${configPath}: could not be read`);
  return parsed;
}

/** Compiler options for the editor: the starter's, without emit/location settings. */
export function editorCompilerOptions(options: ts.CompilerOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (!DROPPED_OPTIONS.has(key) && value !== undefined) out[key] = value;
  }
  return out;
}

export function entryPackages(starterDir: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(starterDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const dev = Object.keys(pkg.devDependencies ?? {});
  return [...Object.keys(pkg.dependencies ?? {}), ...EXTRA_ENTRY_PACKAGES.filter((p) => dev.includes(p))];
}

/** "/abs/starter/node_modules/a/node_modules/@s/b/x.d.ts" → "/abs/starter/node_modules/a/node_modules/@s/b". */
export function packageRootOf(file: string): string | undefined {
  const marker = '/node_modules/';
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = file.slice(at + marker.length).split('/');
  const nameLength = parts[0].startsWith('@') ? 2 : 1;
  if (parts.length <= nameLength) return undefined;
  return file.slice(0, at + marker.length) + parts.slice(0, nameLength).join('/');
}

/** The starter's own dependency lists also steer TypeScript's auto-import suggestions. */
const ROOT_PACKAGE_JSON_FIELDS = ['type', 'imports', 'dependencies', 'devDependencies', 'peerDependencies'];

function trimmedPackageJson(packageRoot: string, fields = PACKAGE_JSON_FIELDS): string | undefined {
  const file = path.join(packageRoot, 'package.json');
  if (!existsSync(file)) return undefined;
  const full = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of fields) if (field in full) kept[field] = full[field];
  return JSON.stringify(kept);
}

/**
 * Runs the compiler over the starter's own files (configs included) plus a
 * virtual file importing every entry package, and returns what it loaded.
 */
function loadedDeclarationFiles(starterDir: string, config: ts.ParsedCommandLine, packages: string[]): string[] {
  const { options } = config;
  const entry = path.join(starterDir, '__workbook_types_entry__.ts');
  const source = packages.map((p) => `import '${p}';`).join('\n');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (file, lang, ...rest) =>
    file === entry ? ts.createSourceFile(file, source, lang) : getSourceFile(file, lang, ...rest);
  host.fileExists = (file) => file === entry || fileExists(file);
  const program = ts.createProgram([entry, ...config.fileNames], { ...options, noEmit: true }, host);
  const starterModules = path.join(starterDir, 'node_modules') + path.sep;
  return program
    .getSourceFiles()
    .map((sf) => path.resolve(sf.fileName))
    .filter((file) => file.startsWith(starterModules));
}

export function collectTypes(starterDir: string): TypesBundle {
  const absDir = path.resolve(starterDir);
  const config = readStarterConfig(absDir);
  const declarations = loadedDeclarationFiles(absDir, config, entryPackages(absDir));
  const files: Record<string, string> = {};
  const packageRoots = new Set<string>();
  for (const file of declarations.sort()) {
    files[path.relative(absDir, file).split(path.sep).join('/')] = readFileSync(file, 'utf8');
    const root = packageRootOf(file.split(path.sep).join('/'));
    if (root) packageRoots.add(root);
  }
  for (const root of [...packageRoots].sort()) {
    const json = trimmedPackageJson(root);
    if (json) files[path.relative(absDir, path.join(root, 'package.json')).split(path.sep).join('/')] = json;
  }
  // The starter's "type": "module" decides whether nodenext treats learner files as ESM.
  files['package.json'] = trimmedPackageJson(absDir, ROOT_PACKAGE_JSON_FIELDS) ?? '{}';
  return { starter: path.basename(absDir), compilerOptions: editorCompilerOptions(config.options), files };
}

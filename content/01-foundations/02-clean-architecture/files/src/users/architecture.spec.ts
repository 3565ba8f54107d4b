// The dependency rule, checked on every run: inner layers never import outer ones.
// It reads the import statements of each source file (type-only imports count:
// they are source-code knowledge too) and names every file that breaks the rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const featureDir = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(featureDir, '../..');
const LAYERS = ['api', 'application', 'domain', 'infrastructure'] as const;
type Layer = (typeof LAYERS)[number];

function sourceFilesOf(layer: Layer): string[] {
  const dir = join(featureDir, layer);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => join(dir, name));
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

/** The layer a relative import lands in, if it stays inside this feature. */
function layerOf(file: string, specifier: string): Layer | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(featureDir, resolve(dirname(file), specifier));
  const first = target.split(sep)[0];
  return LAYERS.find((layer) => layer === first);
}

interface Rule {
  forbiddenLayers: Layer[];
  forbiddenPackage?: RegExp;
}

function violations(layer: Layer, rule: Rule): string[] {
  const files = sourceFilesOf(layer);
  expect(files.length, `no source files found in src/users/${layer}`).toBeGreaterThan(0);
  return files.flatMap((file) =>
    importsOf(file)
      .filter((specifier) => {
        const target = layerOf(file, specifier);
        if (target) return rule.forbiddenLayers.includes(target);
        return rule.forbiddenPackage?.test(specifier) ?? false;
      })
      .map((specifier) => `${relative(projectDir, file)} imports '${specifier}'`),
  );
}

describe('Architecture', () => {
  it('domain code does not import @nestjs/* packages', () => {
    const found = violations('domain', { forbiddenLayers: [], forbiddenPackage: /^@nestjs\// });
    expect(found, 'the domain must not depend on a framework').toEqual([]);
  });

  it('domain code does not import from application, infrastructure or api', () => {
    const found = violations('domain', { forbiddenLayers: ['application', 'infrastructure', 'api'] });
    expect(found, 'the domain must not depend on outer layers').toEqual([]);
  });

  it('application code does not import from infrastructure or api', () => {
    const found = violations('application', { forbiddenLayers: ['infrastructure', 'api'] });
    expect(found, 'the application must reach infrastructure through a port').toEqual([]);
  });
});

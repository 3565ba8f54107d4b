import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// An architecture test: it reads the source files, it runs none of them.
const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(SRC, folder, path));
}

/** "file → import" for every import or export in `folders` that resolves into `forbidden`. */
function importsInto(folders: string[], forbidden: string): string[] {
  const target = join(SRC, forbidden);
  return folders.flatMap(sourceFiles).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => {
        const path = resolve(dirname(file), specifier);
        return path === target || path.startsWith(target + '/');
      })
      .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
  );
}

describe('Module boundaries', () => {
  it('finds the files it guards', () => {
    for (const folder of ['orders', 'notifications', 'contracts']) {
      expect(sourceFiles(folder).length, folder).toBeGreaterThan(0);
    }
  });

  it('nothing in orders or contracts imports notifications', () => {
    expect(importsInto(['orders', 'contracts'], 'notifications')).toEqual([]);
  });

  it('nothing in notifications or contracts imports orders', () => {
    expect(importsInto(['notifications', 'contracts'], 'orders')).toEqual([]);
  });
});

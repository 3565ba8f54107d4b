import { describe, expect, it } from 'vitest';
import { editorCompilerOptions, extraLibsOf, languageForPath, modelUri, pathOfModelUri } from './paths';

describe('model paths', () => {
  it('puts learner files and typings on one file:/// disk', () => {
    expect(modelUri('src/app.service.ts')).toBe('file:///src/app.service.ts');
    expect(pathOfModelUri('file:///src/app.service.ts')).toBe('src/app.service.ts');
    expect(pathOfModelUri('inmemory://model/1')).toBeUndefined();
  });

  it('maps typings bundle files to node_modules URIs', () => {
    const libs = extraLibsOf({ starter: 'nest', compilerOptions: {}, files: { 'node_modules/rxjs/index.d.ts': 'x' } });
    expect(libs).toEqual([{ filePath: 'file:///node_modules/rxjs/index.d.ts', content: 'x' }]);
  });

  it("keeps the starter's options and lets Monaco treat its models as TypeScript", () => {
    const options = editorCompilerOptions({
      starter: 'nest',
      compilerOptions: { experimentalDecorators: true },
      files: {},
    });
    expect(options).toEqual({ experimentalDecorators: true, allowNonTsExtensions: true, noEmit: true });
  });
});

describe('languageForPath', () => {
  it('picks the language from the extension', () => {
    expect(languageForPath('src/app.module.ts')).toBe('typescript');
    expect(languageForPath('vitest.config.mjs')).toBe('javascript');
    expect(languageForPath('package.json')).toBe('json');
    expect(languageForPath('.prettierrc')).toBe('json');
    expect(languageForPath('prisma/schema.prisma')).toBe('plaintext');
    expect(languageForPath('.gitignore')).toBe('plaintext');
  });
});

import { describe, expect, it } from 'vitest';
import { parentFolder, toFileSystemTree } from './file-system-tree';

describe('toFileSystemTree', () => {
  it('nests files into folders as WebContainer.mount expects', () => {
    expect(toFileSystemTree({ 'package.json': '{}', 'src/app.ts': 'a', 'src/users/user.ts': 'u' })).toEqual({
      'package.json': { file: { contents: '{}' } },
      src: {
        directory: {
          'app.ts': { file: { contents: 'a' } },
          users: { directory: { 'user.ts': { file: { contents: 'u' } } } },
        },
      },
    });
  });

  it('refuses paths that leave the project or are malformed', () => {
    expect(() => toFileSystemTree({ '/etc/passwd': 'x' })).toThrow(/not a path inside the project/);
    expect(() => toFileSystemTree({ 'src/../../x': 'x' })).toThrow(/not a path inside the project/);
    expect(() => toFileSystemTree({ 'src//x.ts': 'x' })).toThrow(/not a path inside the project/);
  });

  it('refuses a file that is also used as a folder', () => {
    expect(() => toFileSystemTree({ src: 'x', 'src/app.ts': 'a' })).toThrow(/needs "src" to be a folder/);
  });
});

describe('parentFolder', () => {
  it('returns the folder part of a path', () => {
    expect(parentFolder('src/users/user.ts')).toBe('src/users');
    expect(parentFolder('package.json')).toBe('');
  });
});

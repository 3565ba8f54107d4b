import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HttpError } from './http-utils';
import { checkRelativePath, resolveInside } from './paths';

describe('checkRelativePath', () => {
  it('accepts ordinary project paths', () => {
    expect(checkRelativePath('src/orders/orders.service.ts')).toEqual(['src', 'orders', 'orders.service.ts']);
    expect(checkRelativePath('.env.example')).toEqual(['.env.example']);
  });

  it.each([
    ['../outside.ts', 'leaves the project folder'],
    ['src/../../outside.ts', 'leaves the project folder'],
    ['/etc/passwd', 'relative to the project'],
    ['C:/x.ts', 'relative to the project'],
    ['src\\app.ts', 'forward slashes'],
    ['src/a\0.ts', 'NUL'],
    ['src//a.ts', 'empty'],
    ['./src/a.ts', 'empty or "."'],
    ['node_modules/@nestjs/core/index.js', 'node_modules'],
    ['src/node_modules/x.js', 'node_modules'],
    ['.workbook/reporter.mjs', '.workbook is managed'],
    ['', 'non-empty'],
  ])('refuses %j with a 400 saying why', (path, why) => {
    let error: unknown;
    try {
      checkRelativePath(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
    expect((error as HttpError).message).toContain(why);
  });

  it('refuses non-strings', () => {
    expect(() => checkRelativePath(42)).toThrow(HttpError);
  });
});

describe('resolveInside', () => {
  it('refuses a path that goes through a symlink, even one pointing inside', async () => {
    const root = mkdtempSync(join(tmpdir(), 'paths-test-'));
    mkdirSync(join(root, 'src'));
    symlinkSync(tmpdir(), join(root, 'escape'));
    symlinkSync(join(root, 'src'), join(root, 'alias'));
    await expect(resolveInside(root, 'escape/x.ts')).rejects.toThrow('symbolic link');
    await expect(resolveInside(root, 'alias/x.ts')).rejects.toThrow('symbolic link');
    await expect(resolveInside(root, 'src/new/x.ts')).resolves.toBe(join(root, 'src/new/x.ts'));
    rmSync(root, { recursive: true, force: true });
  });
});

// Where things live inside Monaco. Learner files and dependency typings share
// one virtual disk rooted at file:/// so TypeScript resolves "./app.service.js"
// to file:///src/app.service.ts and "@nestjs/common" to file:///node_modules/...
import type { TypesBundle } from './types-bundle';

export const MODEL_ROOT = 'file:///';

export function modelUri(path: string): string {
  return `${MODEL_ROOT}${path}`;
}

/** The workspace path of a learner model, or undefined for anything else. */
export function pathOfModelUri(uri: string): string | undefined {
  return uri.startsWith(MODEL_ROOT) ? decodeURI(uri.slice(MODEL_ROOT.length)) : undefined;
}

const LANGUAGES: Record<string, string> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  json: 'json',
  md: 'markdown',
  yml: 'yaml',
  yaml: 'yaml',
  html: 'html',
  css: 'css',
};

export function languageForPath(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith('.') && !name.slice(1).includes('.')) return name === '.prettierrc' ? 'json' : 'plaintext';
  return LANGUAGES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'plaintext';
}

export interface ExtraLib {
  filePath: string;
  content: string;
}

export function extraLibsOf(bundle: TypesBundle): ExtraLib[] {
  return Object.entries(bundle.files).map(([path, content]) => ({ filePath: modelUri(path), content }));
}

/**
 * The starter's compiler options plus what an editor needs: Monaco's workers
 * treat models without .ts names as TypeScript only with allowNonTsExtensions.
 */
export function editorCompilerOptions(bundle: TypesBundle): Record<string, unknown> {
  return { ...bundle.compilerOptions, allowNonTsExtensions: true, noEmit: true };
}

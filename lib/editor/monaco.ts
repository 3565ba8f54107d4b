// Loads Monaco from OUR origin (public/monaco/vs, copied by scripts/build-assets.ts)
// instead of @monaco-editor/loader's CDN default, and configures its TypeScript
// service like the starter's tsconfig with the starter's real typings.
import { loader } from '@monaco-editor/react';
import type * as MonacoApi from 'monaco-editor';
import { registerAutoImports } from './auto-imports';
import { editorCompilerOptions, extraLibsOf } from './paths';
import type { TypesBundle } from './types-bundle';

export type Monaco = typeof MonacoApi;

export const MONACO_VS_PATH = '/monaco/vs';
/** lib/editor/ts-worker-extension.js, copied by scripts/build-assets.ts. */
export const TS_WORKER_EXTENSION_PATH = '/generated/ts-worker-extension.js';

// Must run before any <Editor> mounts: the loader reads this when it first injects loader.js.
loader.config({ paths: { vs: MONACO_VS_PATH } });

export function loadMonaco(): Promise<Monaco> {
  return loader.init() as unknown as Promise<Monaco>;
}

const bundles = new Map<string, Promise<TypesBundle>>();
const readyBundles = new Map<string, TypesBundle>();

/** Starts (or reuses) the download of a starter's typings; call early so they are ready with the editor. */
export function fetchTypesBundle(starter: string): Promise<TypesBundle> {
  let bundle = bundles.get(starter);
  if (!bundle) {
    bundle = fetch(`/generated/types/${encodeURIComponent(starter)}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`Typings for starter "${starter}" are missing (HTTP ${response.status}).`);
      const json = (await response.json()) as TypesBundle;
      readyBundles.set(starter, json);
      return json;
    });
    bundle.catch(() => bundles.delete(starter));
    bundles.set(starter, bundle);
  }
  return bundle;
}

let configuredStarter: string | undefined;

function applyBundle(monaco: Monaco, bundle: TypesBundle): void {
  const defaults = monaco.typescript.typescriptDefaults;
  defaults.setCompilerOptions(editorCompilerOptions(bundle) as MonacoApi.typescript.CompilerOptions);
  defaults.setExtraLibs(extraLibsOf(bundle));
  configuredStarter = bundle.starter;
}

/**
 * Call before the first model exists. Applies the typings at once when they are
 * already downloaded (so the TypeScript worker starts only once), else when they arrive.
 */
export async function configureTypeScript(monaco: Monaco, starter: string): Promise<void> {
  const defaults = monaco.typescript.typescriptDefaults;
  if (!defaults.workerOptions.customWorkerPath) {
    defaults.setWorkerOptions({ customWorkerPath: new URL(TS_WORKER_EXTENSION_PATH, location.href).href });
  }
  // Imported files that are not open must still be visible to the worker.
  defaults.setEagerModelSync(true);
  registerAutoImports(monaco);
  // "$schema" URLs (nest-cli.json) would need the internet: never fetch them, never flag them.
  monaco.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    schemaRequest: 'ignore',
  });
  if (configuredStarter === starter) return;
  const ready = readyBundles.get(starter);
  if (ready) return applyBundle(monaco, ready);
  applyBundle(monaco, await fetchTypesBundle(starter));
}

// The shape of public/generated/types/<starter>.json, written by
// scripts/build-assets.ts and read by the editor.

export interface TypesBundle {
  starter: string;
  /** The starter's tsconfig compiler options, as TypeScript's numeric-enum JSON, minus output settings. */
  compilerOptions: Record<string, unknown>;
  /** "node_modules/<pkg>/<file>" → contents; .d.ts files and trimmed package.json files. */
  files: Record<string, string>;
}

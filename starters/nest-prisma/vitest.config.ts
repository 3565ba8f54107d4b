import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';

export default defineConfig({
  // Resolves the path aliases declared in tsconfig.json, including the ones
  // added by `nest g library`.
  plugins: [tsconfigPaths()],
  test: {
    globals: true,
    root: './',
    include: ['**/*.spec.ts'],
    // Starting PGlite (Postgres compiled to WebAssembly) in a beforeAll hook
    // takes one to a few seconds, more on a busy machine or in a browser tab.
    hookTimeout: 60_000,
  },
});

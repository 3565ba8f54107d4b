// Runs INSIDE Monaco's TypeScript web worker (loaded with importScripts through
// typescriptDefaults.setWorkerOptions({ customWorkerPath })), so it is plain JS.
// Monaco's own completions never ask TypeScript for auto-imports; these two
// methods do, so typing `@Inj` offers Injectable from @nestjs/common with its import.
/* global self */

const PREFERENCES = {
  includeCompletionsForModuleExports: true,
  includeCompletionsWithInsertText: true,
  importModuleSpecifierPreference: 'shortest',
  importModuleSpecifierEnding: 'js',
};
const MAX_ENTRIES = 300;

self.customTSWorkerFactory = (TypeScriptWorker) =>
  class WorkbookTypeScriptWorker extends TypeScriptWorker {
    /** Not-yet-imported exports whose name starts with `prefix` (case-insensitive). */
    async getAutoImportCompletions(fileName, position, prefix) {
      const info = this.getLanguageService().getCompletionsAtPosition(fileName, position, PREFERENCES);
      if (!info) return [];
      const start = prefix.toLowerCase();
      // One entry per name: the shortest specifier ("@nestjs/common", not a deep file path).
      const best = new Map();
      for (const e of info.entries) {
        if (!e.hasAction || !e.source || !e.name.toLowerCase().startsWith(start)) continue;
        const seen = best.get(e.name);
        if (!seen || e.source.length < seen.source.length) best.set(e.name, e);
      }
      return [...best.values()]
        .slice(0, MAX_ENTRIES)
        .map((e) => ({ name: e.name, kind: e.kind, sortText: e.sortText, source: e.source, data: e.data }));
    }

    /** The edits (the import line) that accepting `entry` needs. */
    async getAutoImportEdits(fileName, position, entry) {
      const details = this.getLanguageService().getCompletionEntryDetails(
        fileName,
        position,
        entry.name,
        {},
        entry.source,
        PREFERENCES,
        entry.data,
      );
      const changes = (details?.codeActions ?? []).flatMap((action) => action.changes);
      return {
        detail: (details?.displayParts ?? []).map((p) => p.text).join(''),
        edits: changes.filter((c) => c.fileName === fileName).flatMap((c) => c.textChanges),
      };
    }
  };

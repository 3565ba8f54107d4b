// Completions that add their import: "Injectable — @nestjs/common". The TypeScript
// worker does the work (ts-worker-extension.js); this turns its answers into
// Monaco completion items with additionalTextEdits.
import type * as MonacoApi from 'monaco-editor';
import type { Monaco } from './monaco';

interface AutoImportEntry {
  name: string;
  kind: string;
  sortText: string;
  source: string;
  data?: unknown;
}

interface AutoImportWorker {
  getAutoImportCompletions(fileName: string, position: number, prefix: string): Promise<AutoImportEntry[]>;
  getAutoImportEdits(
    fileName: string,
    position: number,
    entry: AutoImportEntry,
  ): Promise<{ detail: string; edits: { span: { start: number; length: number }; newText: string }[] }>;
}

type AutoImportItem = MonacoApi.languages.CompletionItem & {
  entry: AutoImportEntry;
  uri: MonacoApi.Uri;
  offset: number;
};

const KIND: Record<string, keyof typeof MonacoApi.languages.CompletionItemKind> = {
  class: 'Class',
  interface: 'Interface',
  function: 'Function',
  const: 'Constant',
  let: 'Variable',
  var: 'Variable',
  enum: 'Enum',
  type: 'TypeParameter',
  module: 'Module',
  alias: 'Reference',
};

async function workerFor(monaco: Monaco, uri: MonacoApi.Uri): Promise<AutoImportWorker> {
  const getWorker = await monaco.typescript.getTypeScriptWorker();
  return (await getWorker(uri)) as unknown as AutoImportWorker;
}

let registered = false;

export function registerAutoImports(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('typescript', {
    async provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      if (!word.word) return { suggestions: [] };
      const offset = model.getOffsetAt(position);
      const worker = await workerFor(monaco, model.uri);
      const entries = await worker.getAutoImportCompletions(model.uri.toString(), offset, word.word[0]);
      if (model.isDisposed()) return { suggestions: [] };
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const suggestions: AutoImportItem[] = entries.map((entry) => ({
        label: { label: entry.name, description: entry.source },
        kind: monaco.languages.CompletionItemKind[KIND[entry.kind] ?? 'Property'],
        detail: `Add import from "${entry.source}"`,
        sortText: entry.sortText,
        insertText: entry.name,
        range,
        entry,
        uri: model.uri,
        offset,
      }));
      return { suggestions };
    },
    async resolveCompletionItem(item) {
      const { entry, uri, offset } = item as AutoImportItem;
      const model = monaco.editor.getModel(uri);
      if (!model) return item;
      const worker = await workerFor(monaco, uri);
      const { detail, edits } = await worker.getAutoImportEdits(uri.toString(), offset, entry);
      const additionalTextEdits = edits.map((edit) => {
        const start = model.getPositionAt(edit.span.start);
        const end = model.getPositionAt(edit.span.start + edit.span.length);
        return { range: monaco.Range.fromPositions(start, end), text: edit.newText };
      });
      return { ...item, detail: `${detail}\nAuto import from "${entry.source}"`, additionalTextEdits };
    },
  });
}

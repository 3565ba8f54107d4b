// Every learner file is a Monaco model at file:///<path> (not only the open
// ones), so TypeScript sees the whole project and relative imports resolve.
import type { FileMap } from '../runtime/types';
import type { Monaco } from './monaco';
import { languageForPath, modelUri, pathOfModelUri } from './paths';

/**
 * Makes the models match `files`: creates, updates and disposes. With `keepUndo`
 * (Reset, Show solution) an update is an edit, so Ctrl+Z brings back what was
 * replaced; without it (a new lesson) the model starts a fresh history.
 */
export function syncModels(monaco: Monaco, files: FileMap, { keepUndo = true } = {}): void {
  for (const [path, contents] of Object.entries(files)) {
    const uri = monaco.Uri.parse(modelUri(path));
    const model = monaco.editor.getModel(uri);
    if (!model) {
      monaco.editor.createModel(contents, languageForPath(path), uri);
    } else if (model.getValue() !== contents) {
      if (keepUndo) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: contents }], () => null);
      else model.setValue(contents);
    }
  }
  for (const model of monaco.editor.getModels()) {
    const path = pathOfModelUri(model.uri.toString());
    if (path !== undefined && !(path in files)) model.dispose();
  }
}

export function disposeModels(monaco: Monaco, files: FileMap): void {
  for (const path of Object.keys(files)) monaco.editor.getModel(monaco.Uri.parse(modelUri(path)))?.dispose();
}

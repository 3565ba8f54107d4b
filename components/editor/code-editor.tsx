'use client';
// Monaco (via @monaco-editor/react, loaded from /monaco/vs) editing one learner
// file at a time. All files are models at file:///<path>, kept in step with the
// workbench's files on every revision (Reset, Show solution).
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { syncModels } from '@/lib/editor/models';
import { configureTypeScript, type Monaco } from '@/lib/editor/monaco';
import { modelUri, pathOfModelUri } from '@/lib/editor/paths';
import { defineMonacoThemes, monacoTheme } from '@/lib/theme/monaco-themes';
import { registerWorkbenchKeys, type EditorKeyHandlers } from './editor-keybindings';
import type { FileMap } from '@/lib/runtime/types';

export interface CodeEditorProps {
  files: FileMap;
  revision: number;
  starter: string;
  path: string;
  readOnly: boolean;
  dark: boolean;
  onChange: (path: string, contents: string) => void;
  /** Ctrl/Cmd+S and Ctrl/Cmd+Enter inside the editor (editor-keybindings.ts). */
  keys?: EditorKeyHandlers;
}

const NO_KEYS: EditorKeyHandlers = { save: () => undefined, run: () => undefined };

export function CodeEditor({
  files,
  revision,
  starter,
  path,
  readOnly,
  dark,
  onChange,
  keys = NO_KEYS,
}: CodeEditorProps) {
  const [monaco, setMonaco] = useState<Monaco | null>(null);
  const filesRef = useRef(files);
  useEffect(() => {
    filesRef.current = files;
  });

  useEffect(() => {
    if (monaco && revision > 0) syncModels(monaco, filesRef.current);
  }, [monaco, revision]);

  const beforeMount = (instance: unknown) => {
    const api = instance as Monaco;
    defineMonacoThemes(api);
    // Typings first: when already downloaded they are in place before the worker starts.
    configureTypeScript(api, starter).catch((error: unknown) => console.warn('Editor typings unavailable:', error));
    syncModels(api, filesRef.current, { keepUndo: false });
  };

  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const keysRef = useRef(keys);
  useEffect(() => {
    keysRef.current = keys;
  });
  const onMount: OnMount = (editor, instance) => {
    editorRef.current = editor;
    registerWorkbenchKeys(editor, instance as unknown as Monaco, keysRef);
    setMonaco(instance as unknown as Monaco);
  };
  // The model that changed, not the `path` prop of some render: they differ while switching files.
  const handleChange = (value: string | undefined) => {
    const changed = pathOfModelUri(editorRef.current?.getModel()?.uri.toString() ?? '');
    if (value !== undefined && changed !== undefined) onChange(changed, value);
  };

  return (
    <Editor
      path={modelUri(path)}
      theme={monacoTheme(dark ? 'dark' : 'light')}
      beforeMount={beforeMount}
      onMount={onMount}
      onChange={handleChange}
      keepCurrentModel
      loading={<p className="p-4 text-sm text-zinc-500">Loading the editor…</p>}
      options={{
        readOnly,
        readOnlyMessage: { value: 'This file is read-only in this lesson.' },
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fixedOverflowWidgets: true,
        padding: { top: 8 },
        ariaLabel: `${path}${readOnly ? ' (read-only)' : ''}`,
      }}
    />
  );
}

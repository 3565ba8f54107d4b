'use client';
// Monaco's side-by-side diff of one file: the learner's version on the left,
// the solution's on the right, both read-only. Its models live outside file:///
// so they never mix with the learner's project models.
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useMemo } from 'react';
// For its side effect: the loader then uses our own copy of Monaco, not a CDN's.
import '@/lib/editor/monaco';
import type { Monaco } from '@/lib/editor/monaco';
import { languageForPath } from '@/lib/editor/paths';
import { DIFF_THEME_NAMES, defineDiffThemes } from './diff-themes';
import type { SolutionChange } from './solution-changes';

const modelPath = (side: 'learner' | 'solution', path: string) => `inmemory://solution-diff/${side}/${path}`;

export function SolutionDiff({ change, dark }: { change: SolutionChange; dark: boolean }) {
  // The diff editor passes no aria label to its two editors; screen readers need one for each.
  const onMount: DiffOnMount = (editor) => {
    editor.getOriginalEditor().updateOptions({ ariaLabel: `Your code: ${change.path} (read-only)` });
    editor.getModifiedEditor().updateOptions({ ariaLabel: `Solution: ${change.path} (read-only)` });
  };
  // Stable: a new object on each render would make the wrapper re-apply it, resetting the aria labels.
  const options = useMemo(() => diffOptions(change.path), [change.path]);
  return (
    <DiffEditor
      // A new editor per file: its models are disposed with it.
      key={change.path}
      original={change.learner ?? ''}
      modified={change.solution}
      language={languageForPath(change.path)}
      originalModelPath={modelPath('learner', change.path)}
      modifiedModelPath={modelPath('solution', change.path)}
      theme={DIFF_THEME_NAMES[dark ? 'dark' : 'light']}
      beforeMount={(monaco) => defineDiffThemes(monaco as unknown as Monaco)}
      onMount={onMount}
      loading={<p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">Loading the diff…</p>}
      options={options}
    />
  );
}

function diffOptions(path: string) {
  return {
    readOnly: true,
    originalEditable: false,
    renderSideBySide: true,
    originalAriaLabel: `Your code: ${path} (read-only)`,
    modifiedAriaLabel: `Solution: ${path} (read-only)`,
    // Types cannot resolve outside the project, so errors here would only be noise.
    renderValidationDecorations: 'off' as const,
    renderOverviewRuler: false,
    minimap: { enabled: false },
    contextmenu: false,
    // Read-only: Tab has nothing to indent, so it moves focus on (no keyboard trap).
    tabFocusMode: true,
    fontSize: 13,
    scrollBeyondLastLine: false,
    automaticLayout: true,
  };
}

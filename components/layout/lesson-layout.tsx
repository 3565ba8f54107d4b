'use client';
// The lesson page below its header: prose beside the workbench, with a handle
// between them on wide screens. Below `lg` the two stack and the page scrolls as
// one (see .lesson-split in globals.css), and the workbench can be hidden so the
// prose has the screen to itself.
import { useId, useState, type ReactNode } from 'react';
import { uiStrings } from '@/components/site/ui-strings';
import type { Locale } from '@/lib/content/types';
import { ResizeHandle, SplitGroup, SplitPanel } from './split';

export interface LessonLayoutProps {
  locale: Locale;
  prose: ReactNode;
  workbench: ReactNode;
}

export function LessonLayout({ locale, prose, workbench }: LessonLayoutProps) {
  const t = uiStrings(locale);
  const [editorShown, setEditorShown] = useState(true);
  const workbenchId = useId();
  return (
    <SplitGroup id="lesson-split" orientation="horizontal" className="lesson-split">
      <SplitPanel id="lesson-prose" defaultSize="40%" minSize="20rem">
        {prose}
      </SplitPanel>
      <ResizeHandle label={t.resizeProse} between="columns" className="max-lg:hidden" />
      <SplitPanel id="lesson-workbench" minSize="30%">
        <section
          aria-label={t.workbench}
          className="flex h-full flex-col border-t border-zinc-200 lg:border-t-0 dark:border-zinc-800"
        >
          <div className="flex justify-end border-b border-zinc-200 px-4 py-2 lg:hidden dark:border-zinc-800">
            <button
              type="button"
              aria-expanded={editorShown}
              aria-controls={workbenchId}
              onClick={() => setEditorShown((shown) => !shown)}
              className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
            >
              {editorShown ? t.hideEditor : t.showEditor}
            </button>
          </div>
          {/* Hidden only while stacked: a wide screen always shows the workbench. */}
          <div
            id={workbenchId}
            className={`h-[85svh] min-h-[32rem] lg:h-auto lg:min-h-0 lg:flex-1 ${editorShown ? '' : 'max-lg:hidden'}`}
          >
            {workbench}
          </div>
        </section>
      </SplitPanel>
    </SplitGroup>
  );
}

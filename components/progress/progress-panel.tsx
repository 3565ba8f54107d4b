'use client';
// "Your progress" on the home page: how far the learner got, and moving all
// progress (code, completed tasks, last lesson) out to a JSON file and back in.
import { useId, useState, type ChangeEvent } from 'react';
import type { Locale } from '@/lib/content/types';
import { browserProgress } from '@/lib/progress/browser-progress';
import { describeImport, lessonStatus, lessonsReplacedByImport } from '@/lib/progress/lesson-progress';
import type { ProgressSnapshot } from '@/lib/progress/progress-schema';
import { ConfirmDialog } from '../workbench/confirm-dialog';
import type { LessonLink } from './continue-link';
import { progressStrings, type ProgressStrings } from './progress-strings';
import { downloadProgress, readProgressFile } from './progress-transfer';
import { useProgressSnapshot } from './use-progress-snapshot';

export type LessonWithTasks = LessonLink & { taskIds: string[] };

type Outcome = { kind: 'done' | 'error'; text: string };
type PendingImport = { progress: ProgressSnapshot; fileName: string; replaced: string[] };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const NO_STORAGE = 'This browser offers no storage (IndexedDB), so there is no progress to export or import.';
const BUTTON =
  'inline-block cursor-pointer rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800';

function ProgressSummary({
  t,
  lessons,
  snapshot,
}: {
  t: ProgressStrings;
  lessons: LessonWithTasks[];
  snapshot: ProgressSnapshot | null;
}) {
  const statuses = lessons.map((lesson) => lessonStatus(lesson.taskIds, snapshot?.lessons[lesson.id]?.completedTasks));
  const lessonsDone = statuses.filter((s) => s.complete).length;
  const tasksDone = statuses.reduce((sum, s) => sum + s.done, 0);
  const tasksTotal = statuses.reduce((sum, s) => sum + s.total, 0);
  return (
    <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
      {t.summary(lessonsDone, lessons.length, tasksDone, tasksTotal)}
    </p>
  );
}

export function ProgressPanel({ locale, lessons }: { locale: Locale; lessons: LessonWithTasks[] }) {
  const t = progressStrings(locale);
  const snapshot = useProgressSnapshot();
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, setPending] = useState<PendingImport>();
  const inputId = useId();
  const titleOf = (id: string) => lessons.find((lesson) => lesson.id === id)?.title ?? id;

  const exportAll = async () => {
    const store = browserProgress();
    if (!store) return setOutcome({ kind: 'error', text: NO_STORAGE });
    try {
      const saved = await store.snapshot();
      const name = downloadProgress(saved);
      setOutcome({ kind: 'done', text: `Exported ${describeImport(saved)} to ${name}.` });
    } catch (error) {
      setOutcome({ kind: 'error', text: `Your progress could not be exported: ${messageOf(error)}.` });
    }
  };

  const importNow = async ({ progress, fileName }: PendingImport) => {
    setPending(undefined);
    try {
      await browserProgress()?.importProgress(progress);
      setOutcome({ kind: 'done', text: `Imported ${describeImport(progress)} from “${fileName}”.` });
    } catch (error) {
      setOutcome({ kind: 'error', text: `Could not import “${fileName}”: ${messageOf(error)}. Nothing was changed.` });
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again imports it again
    if (!file) return;
    const store = browserProgress();
    if (!store) return setOutcome({ kind: 'error', text: NO_STORAGE });
    const parsed = await readProgressFile(file);
    if (!parsed.ok) return setOutcome({ kind: 'error', text: `Could not import “${file.name}”: ${parsed.message}` });
    const replaced = lessonsReplacedByImport(await store.snapshot(), parsed.progress);
    const next = { progress: parsed.progress, fileName: file.name, replaced };
    if (replaced.length > 0) setPending(next);
    else await importNow(next);
  };

  return (
    <section
      aria-labelledby="your-progress"
      className="mt-12 rounded-lg border border-zinc-200 p-5 dark:border-zinc-800"
    >
      <h2 id="your-progress" className="text-xl font-semibold">
        {t.yourProgress}
      </h2>
      <ProgressSummary t={t} lessons={lessons} snapshot={snapshot} />
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t.transfer}</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" className={BUTTON} onClick={() => void exportAll()}>
          {t.exportProgress}
        </button>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="peer sr-only"
          onChange={(event) => void chooseFile(event)}
        />
        <label
          htmlFor={inputId}
          className={`${BUTTON} peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-600`}
        >
          {t.importProgress}
        </label>
      </div>
      {/* Live regions stay in the page so each new message is announced. */}
      <div role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {outcome?.kind === 'done' && <p className="mt-3">{outcome.text}</p>}
      </div>
      <div role="alert" className="text-sm text-red-800 dark:text-red-300">
        {outcome?.kind === 'error' && <p className="mt-3">{outcome.text}</p>}
      </div>
      {pending && (
        <ConfirmDialog
          title="Replace your code?"
          confirmLabel="Replace my code"
          onCancel={() => {
            setPending(undefined);
            setOutcome({ kind: 'done', text: 'Import cancelled. Nothing was changed.' });
          }}
          onConfirm={() => void importNow(pending)}
        >
          <p>
            “{pending.fileName}” has different code for lessons you have worked on here. Importing replaces your code
            in:
          </p>
          <ul className="list-disc pl-5">
            {pending.replaced.map((id) => (
              <li key={id}>{titleOf(id)}</li>
            ))}
          </ul>
          <p>Completed tasks are kept either way. Export your progress first if you may want this code back.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

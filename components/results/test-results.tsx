// The results region: one list item per test ("passed" / "failed" / "skipped"
// in words, not only colour), failures with their message and diff, and for a
// run that could not happen, why — never an empty panel or an endless spinner.
import type { SourceError, TestResult, TestRun } from '@/lib/runtime/types';
import { FailureDiff } from './failure-diff';

const STATUS_STYLE = {
  passed: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  failed: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300',
  skipped: 'bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400',
} as const;

const STATUS_ICON = { passed: '✓', failed: '✗', skipped: '○' } as const;

export function sourceLocation(error: SourceError): string {
  if (!error.line) return error.file;
  return error.column ? `${error.file}:${error.line}:${error.column}` : `${error.file}:${error.line}`;
}

function TestItem({ test }: { test: TestResult }) {
  return (
    <li className="border-b border-zinc-100 px-3 py-2 last:border-b-0 dark:border-zinc-800/70">
      <div className="flex items-start gap-2">
        <span
          aria-hidden="true"
          className={`mt-0.5 ${test.status === 'failed' ? 'text-rose-600' : test.status === 'passed' ? 'text-emerald-600' : 'text-zinc-400'}`}
        >
          {STATUS_ICON[test.status]}
        </span>
        <span className="min-w-0 flex-1 break-words">{test.name}</span>{' '}
        <span className={`shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium ${STATUS_STYLE[test.status]}`}>
          {test.status}
        </span>
      </div>{' '}
      {test.failure && (
        <div className="mt-1.5 pl-5">
          <pre className="whitespace-pre-wrap break-words font-mono text-xs text-rose-800 dark:text-rose-300">
            {test.failure.message}
          </pre>
          {test.failure.expected !== undefined && test.failure.received !== undefined && (
            <FailureDiff expected={test.failure.expected} received={test.failure.received} />
          )}
        </div>
      )}
    </li>
  );
}

function Summary({ run }: { run: TestRun }) {
  const count = (status: TestResult['status']) => run.tests.filter((t) => t.status === status).length;
  const parts = [`${count('passed')} passed`, `${count('failed')} failed`];
  if (count('skipped')) parts.push(`${count('skipped')} skipped`);
  const seconds = (run.durationMs / 1000).toFixed(1);
  return (
    <p className="px-3 py-2 text-xs text-zinc-600 dark:text-zinc-400">
      {parts.join(' · ')} <span className="text-zinc-400">· {seconds} s</span>
    </p>
  );
}

function Problems({ run }: { run: TestRun }) {
  if (run.outcome === 'passed' || run.outcome === 'failed') return null;
  const tone =
    run.outcome === 'cancelled'
      ? 'border-zinc-200 bg-zinc-50 text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300'
      : 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200';
  return (
    <div className={`mx-3 my-2 rounded-md border px-3 py-2 text-sm ${tone}`}>
      {run.message && <p>{run.message}</p>}
      {run.errors.length > 0 && (
        <ul className="mt-1 space-y-1.5" aria-label="Errors">
          {run.errors.map((error, i) => (
            <li key={i} className="font-mono text-xs">
              <span className="font-semibold">{sourceLocation(error)}</span>
              <pre className="whitespace-pre-wrap break-words">{error.message}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface TestResultsProps {
  run: TestRun | undefined;
  running: boolean;
  /** Why the last run could not happen (e.g. the server went away). */
  problem?: string;
}

export function TestResults({ run, running, problem }: TestResultsProps) {
  return (
    <div role="region" aria-label="Test results" aria-busy={running} className="flex min-h-0 flex-col">
      <h3 className="sr-only">Test results</h3>
      {running && (
        <p className="flex items-center gap-2 px-3 py-2 text-sm text-zinc-600 dark:text-zinc-300">
          <span
            aria-hidden="true"
            className="size-3 animate-spin rounded-full border-2 border-zinc-300 border-t-sky-500"
          />
          Running tests…
        </p>
      )}
      {problem && !running && (
        <p className="mx-3 my-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200">
          {problem}
        </p>
      )}
      {!run && !running && !problem && (
        <p className="px-3 py-2 text-sm text-zinc-500 dark:text-zinc-400">Run the tests to see which ones pass.</p>
      )}
      {run && (
        <div className={running ? 'opacity-50' : undefined}>
          {run.tests.length > 0 && <Summary run={run} />}
          <Problems run={run} />
          {run.tests.length > 0 && (
            <ul className="text-sm">
              {run.tests.map((t) => (
                <TestItem key={`${t.file}\u0000${t.name}`} test={t} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

'use client';
// The answer of the last request: status line, timing, headers and body.
import type { ResponseView as Answer } from './http-request';

function statusColour(status: number): string {
  if (status >= 500) return 'text-rose-700 dark:text-rose-400';
  if (status >= 400) return 'text-amber-700 dark:text-amber-400';
  return 'text-emerald-700 dark:text-emerald-400';
}

export function ResponseView({ answer }: { answer: Answer }) {
  return (
    <section aria-label="Response" className="space-y-1.5">
      <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
        <span className={`font-mono font-semibold ${statusColour(answer.status)}`} data-testid="response-status">
          {answer.status} {answer.statusText}
        </span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">in {answer.durationMs} ms</span>
      </p>
      <details className="text-xs">
        <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">
          Response headers ({answer.headers.length})
        </summary>
        <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 font-mono">
          {answer.headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-zinc-600 dark:text-zinc-400">{name}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {answer.body ? (
        <pre
          aria-label={answer.json ? 'Response body (JSON)' : 'Response body'}
          tabIndex={0}
          className="max-h-64 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs whitespace-pre-wrap break-words dark:border-zinc-800 dark:bg-zinc-900"
        >
          {answer.body}
        </pre>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">The response has no body.</p>
      )}
    </section>
  );
}

'use client';
// "Start app" / "Restart app" and what the app is doing, with the start-up
// output inline when it failed (a compile error, a crash on boot).
import type { AppState } from './use-app-runner';

function statusText(app: AppState, canStart: boolean): string {
  switch (app.kind) {
    case 'stopped':
      return canStart ? 'App stopped.' : 'App stopped. Waiting for the runtime…';
    case 'starting':
      return 'Starting the app: compiling, then booting Nest…';
    case 'running':
      return app.stale ? 'App running, but you edited files since it started. Restart it to use them.' : 'App running.';
    case 'failed':
      return `The app could not start: ${app.message}`;
  }
}

export function AppControls({ app, canStart, onStart }: { app: AppState; canStart: boolean; onStart: () => void }) {
  const failed = app.kind === 'failed';
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={onStart}
          disabled={!canStart || app.kind === 'starting'}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          {app.kind === 'running' ? 'Restart app' : 'Start app'}
        </button>
        <p
          role="status"
          aria-label="App status"
          className={`text-xs ${failed ? 'font-medium text-rose-700 dark:text-rose-400' : app.kind === 'running' && app.stale ? 'text-amber-700 dark:text-amber-400' : 'text-zinc-600 dark:text-zinc-400'}`}
        >
          {statusText(app, canStart)}
        </p>
      </div>
      {failed && app.output.trim() && (
        <pre
          aria-label="Start-up output"
          tabIndex={0}
          className="max-h-48 overflow-auto rounded-md border border-rose-200 bg-rose-50 p-2 font-mono text-xs whitespace-pre-wrap text-rose-900 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-100"
        >
          {app.output.trim()}
        </pre>
      )}
    </div>
  );
}

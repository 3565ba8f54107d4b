'use client';
// The lesson's running app as the "Try the API" panel sees it: stopped,
// starting, running at a base URL, or failed with the reason and the output
// that explains it (a compile error, say).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FileMap, RunOptions, RunningApp } from '@/lib/runtime/types';

export type AppState =
  | { kind: 'stopped' }
  | { kind: 'starting' }
  | { kind: 'running'; baseUrl: string; stale: boolean }
  | { kind: 'failed'; message: string; output: string };

type Started =
  | { kind: 'starting'; revision: number }
  | { kind: 'running'; revision: number; baseUrl: string; files: FileMap }
  | { kind: 'failed'; revision: number; message: string; output: string };

/** Keeps the end of the start-up output: compile errors come last. */
const OUTPUT_LIMIT = 8000;
// CSI and OSC sequences (colours, cursor moves) from tsc --pretty and Nest's logger.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007]*\u0007)/g;

export function plainOutput(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n?/g, '\n').slice(-OUTPUT_LIMIT);
}

function sameFiles(a: FileMap, b: FileMap): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export interface AppRunnerInput {
  startApp: (options?: RunOptions) => Promise<RunningApp>;
  files: FileMap;
  /** Bumped when the files are replaced wholesale: the runtime lays the project out again and the app stops. */
  revision: number;
}

export function useAppRunner({ startApp, files, revision }: AppRunnerInput) {
  const [started, setStarted] = useState<Started | null>(null);
  const attempt = useRef<AbortController | null>(null);
  const filesRef = useRef(files);
  useEffect(() => {
    filesRef.current = files;
  });
  useEffect(() => () => attempt.current?.abort(), []);

  const start = useCallback(async () => {
    attempt.current?.abort();
    const controller = new AbortController();
    attempt.current = controller;
    let output = '';
    const filesAtStart = filesRef.current;
    setStarted({ kind: 'starting', revision });
    try {
      const app = await startApp({
        signal: controller.signal,
        onOutput: (chunk) => {
          if (attempt.current === controller) output = (output + chunk).slice(-OUTPUT_LIMIT * 2);
        },
      });
      if (attempt.current === controller)
        setStarted({ kind: 'running', revision, baseUrl: app.baseUrl, files: filesAtStart });
    } catch (error) {
      if (controller.signal.aborted || attempt.current !== controller) return;
      const message = error instanceof Error ? error.message : String(error);
      setStarted({ kind: 'failed', revision, message, output: plainOutput(output) });
    } finally {
      // Output after "ready" is the app's log: the terminal shows it, the panel does not keep it.
      if (attempt.current === controller) attempt.current = null;
    }
  }, [startApp, revision]);

  const state = useMemo((): AppState => {
    // Reset or Apply solution laid the project out again, which stopped the app.
    if (!started || started.revision !== revision) return { kind: 'stopped' };
    if (started.kind === 'running')
      return { kind: 'running', baseUrl: started.baseUrl, stale: !sameFiles(started.files, files) };
    return started;
  }, [started, revision, files]);

  return { app: state, start };
}

'use client';
// Progress as the static pages' islands see it: read from IndexedDB after
// hydration, once for all islands on the page, and read again after a change.
import { useEffect, useState } from 'react';
import { browserProgress, onProgressChange } from '@/lib/progress/browser-progress';
import type { ProgressSnapshot } from '@/lib/progress/progress-schema';

let shared: Promise<ProgressSnapshot | null> | undefined;

function loadSnapshot(): Promise<ProgressSnapshot | null> {
  shared ??=
    browserProgress()
      ?.snapshot()
      .catch(() => null) ?? Promise.resolve(null);
  return shared;
}

/** null until read (and where the browser cannot store anything). */
export function useProgressSnapshot(): ProgressSnapshot | null {
  const [snapshot, setSnapshot] = useState<ProgressSnapshot | null>(null);
  useEffect(() => {
    let active = true;
    const load = () => void loadSnapshot().then((next) => active && setSnapshot(next));
    load();
    const stop = onProgressChange(() => {
      shared = undefined;
      load();
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return snapshot;
}

// Which runtime runs the learner's code, what it is doing, and after a
// fallback, why the preferred one could not be used.
import { RUNTIME_LABELS } from '@/lib/runtime/choose';
import type { RuntimeFallback } from '@/lib/runtime/load-runtime';
import type { RuntimeKind } from '@/lib/runtime/types';
import type { Phase } from './workbench-state';

const PHASE_LABEL: Record<Phase, string> = {
  booting: 'booting…',
  preparing: 'preparing the project…',
  ready: 'ready',
  running: 'running tests…',
  unavailable: 'unavailable',
  failed: 'failed to prepare',
};

const PHASE_DOT: Record<Phase, string> = {
  booting: 'bg-amber-400 animate-pulse',
  preparing: 'bg-amber-400 animate-pulse',
  ready: 'bg-emerald-500',
  running: 'bg-sky-500 animate-pulse',
  unavailable: 'bg-rose-500',
  failed: 'bg-rose-500',
};

export function RuntimeStatus({ kind, phase }: { kind: RuntimeKind | undefined; phase: Phase }) {
  return (
    <p role="status" className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      <span aria-hidden="true" className={`size-2 rounded-full ${PHASE_DOT[phase]}`} />
      <span className="font-medium text-zinc-800 dark:text-zinc-200">
        Runtime: {kind ? RUNTIME_LABELS[kind] : phase === 'unavailable' ? 'none' : 'starting'}
      </span>{' '}
      <span aria-hidden="true">·</span> <span>{PHASE_LABEL[phase]}</span>
    </p>
  );
}

export interface RuntimeNoticeProps {
  fallbacks: RuntimeFallback[];
  /** True when no runtime started at all (the fallbacks then say why for each). */
  unavailable: boolean;
  /** Any other reason the project could not be prepared. */
  problem?: string;
}

export function RuntimeNotice({ fallbacks, unavailable, problem }: RuntimeNoticeProps) {
  if (fallbacks.length === 0 && !problem) return null;
  return (
    <div className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200">
      {fallbacks.map((f) => (
        <p key={f.kind}>{f.message}</p>
      ))}
      {unavailable && fallbacks.length > 0 ? (
        <p className="font-medium">Tests cannot run here, but you can still read and edit the files.</p>
      ) : (
        problem && <p>{problem}</p>
      )}
    </div>
  );
}

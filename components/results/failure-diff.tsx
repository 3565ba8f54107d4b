import { failureDiff, type Segment } from './failure-diff-model';

const LINE_STYLE = {
  expected: 'bg-rose-100/70 text-rose-900 dark:bg-rose-950/60 dark:text-rose-200',
  received: 'bg-emerald-100/70 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200',
  same: 'text-zinc-600 dark:text-zinc-400',
} as const;

const PREFIX = { expected: '-', received: '+', same: ' ' } as const;

function Segments({ segments, changedClass }: { segments: Segment[]; changedClass: string }) {
  return segments.map((s, i) =>
    s.changed ? (
      <mark key={i} className={`rounded-sm ${changedClass}`}>
        {s.text}
      </mark>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}

/** Expected vs received, as a diff a learner can scan: − expected, + received. */
export function FailureDiff({ expected, received }: { expected: string; received: string }) {
  const diff = failureDiff(expected, received);
  return (
    <figure className="mt-2 overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 text-xs dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption className="flex gap-4 border-b border-zinc-200 px-3 py-1 font-sans text-[11px] dark:border-zinc-800">
        <span className="text-rose-700 dark:text-rose-300">− Expected</span>
        <span className="text-emerald-700 dark:text-emerald-300">+ Received</span>
      </figcaption>
      {diff.kind === 'lines' ? (
        <pre className="py-1 font-mono leading-5">
          {diff.lines.map((line, i) => (
            <div key={i} className={`px-3 ${LINE_STYLE[line.kind]}`}>
              <span aria-hidden="true" className="mr-2 select-none">
                {PREFIX[line.kind]}
              </span>
              <span className="sr-only">{line.kind === 'same' ? '' : `${line.kind}: `}</span>
              {line.text}
            </div>
          ))}
        </pre>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 px-3 py-1.5 font-mono leading-5">
          <dt className="text-rose-700 dark:text-rose-300">Expected:</dt>
          <dd className="whitespace-pre-wrap break-all">
            <Segments
              segments={diff.expected}
              changedClass="bg-rose-200 text-rose-950 dark:bg-rose-900 dark:text-rose-50"
            />
          </dd>
          <dt className="text-emerald-700 dark:text-emerald-300">Received:</dt>
          <dd className="whitespace-pre-wrap break-all">
            <Segments
              segments={diff.received}
              changedClass="bg-emerald-200 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50"
            />
          </dd>
        </dl>
      )}
    </figure>
  );
}

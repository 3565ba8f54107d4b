// Expected/received as a diff (computed by the `diff` package): line by line
// for multi-line values (objects, arrays), word by word for one-liners.
import { diffLines, diffWordsWithSpace } from 'diff';

export interface DiffLine {
  kind: 'expected' | 'received' | 'same';
  text: string;
}

export interface Segment {
  text: string;
  changed: boolean;
}

export type FailureDiff =
  { kind: 'lines'; lines: DiffLine[] } | { kind: 'inline'; expected: Segment[]; received: Segment[] };

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function failureDiff(expected: string, received: string): FailureDiff {
  if (expected.includes('\n') || received.includes('\n')) {
    const lines = diffLines(expected, received).flatMap((change) =>
      splitLines(change.value).map((text): DiffLine => ({
        kind: change.removed ? 'expected' : change.added ? 'received' : 'same',
        text,
      })),
    );
    return { kind: 'lines', lines };
  }
  const changes = diffWordsWithSpace(expected, received);
  return {
    kind: 'inline',
    expected: changes.filter((c) => !c.added).map((c) => ({ text: c.value, changed: c.removed })),
    received: changes.filter((c) => !c.removed).map((c) => ({ text: c.value, changed: c.added })),
  };
}

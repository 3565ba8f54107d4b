import { describe, expect, it } from 'vitest';
import { failureDiff } from './failure-diff-model';

describe('failureDiff', () => {
  it('diffs multi-line values line by line', () => {
    const diff = failureDiff('{\n  "id": 1,\n  "name": "Ada",\n}', '{\n  "id": 1,\n  "name": "Bob",\n}');
    expect(diff).toEqual({
      kind: 'lines',
      lines: [
        { kind: 'same', text: '{' },
        { kind: 'same', text: '  "id": 1,' },
        { kind: 'expected', text: '  "name": "Ada",' },
        { kind: 'received', text: '  "name": "Bob",' },
        { kind: 'same', text: '}' },
      ],
    });
  });

  it('marks the changed words of one-line values', () => {
    const diff = failureDiff('"Hello World!"', '"Hello there!"');
    expect(diff.kind).toBe('inline');
    if (diff.kind !== 'inline') return;
    expect(diff.expected.map((s) => s.text).join('')).toBe('"Hello World!"');
    expect(diff.received.map((s) => s.text).join('')).toBe('"Hello there!"');
    expect(
      diff.expected
        .filter((s) => s.changed)
        .map((s) => s.text)
        .join(''),
    ).toContain('World');
    expect(
      diff.received
        .filter((s) => s.changed)
        .map((s) => s.text)
        .join(''),
    ).toContain('there');
  });
});

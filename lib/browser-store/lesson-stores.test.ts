import { describe, expect, it } from 'vitest';
import { revealNextHint, withAnswer } from './lesson-stores';

describe('revealNextHint', () => {
  it('reveals one hint at a time, never more than the task has', () => {
    let revealed = revealNextHint({}, 'clock', 2);
    expect(revealed).toEqual({ clock: 1 });
    revealed = revealNextHint(revealed, 'clock', 2);
    expect(revealed).toEqual({ clock: 2 });
    expect(revealNextHint(revealed, 'clock', 2)).toBe(revealed);
  });

  it('counts each task on its own', () => {
    expect(revealNextHint({ a: 2 }, 'b', 3)).toEqual({ a: 2, b: 1 });
  });
});

describe('withAnswer', () => {
  it('records and clears one quiz without touching the others', () => {
    const answers = withAnswer({ other: 0 }, 'tokens', 2);
    expect(answers).toEqual({ other: 0, tokens: 2 });
    expect(withAnswer(answers, 'tokens', undefined)).toEqual({ other: 0 });
  });
});

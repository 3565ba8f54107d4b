import { describe, expect, it } from 'vitest';
import { parseVerifyArgs } from './cli-args';

describe('parseVerifyArgs', () => {
  it('defaults to every lesson, one at a time', () => {
    expect(parseVerifyArgs([])).toEqual({ only: [], jobs: 1 });
  });

  it('reads lesson ids and --jobs in both spellings', () => {
    expect(parseVerifyArgs(['foundations/', '--jobs', '2'])).toEqual({ only: ['foundations'], jobs: 2 });
    expect(parseVerifyArgs(['--jobs=2', 'a/b'])).toEqual({ only: ['a/b'], jobs: 2 });
  });

  it('rejects a bad job count and unknown options', () => {
    expect(() => parseVerifyArgs(['--jobs', 'many'])).toThrow('--jobs must be a whole number');
    expect(() => parseVerifyArgs(['--jobs=0'])).toThrow('--jobs must be a whole number');
    expect(() => parseVerifyArgs(['--fast'])).toThrow('unknown option "--fast"');
  });
});

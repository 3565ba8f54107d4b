import { describe, expect, it } from 'vitest';
import { childEnvironment, explainCrash } from './run-vitest';

describe('childEnvironment', () => {
  it('drops what would change the child run, keeps the rest, and adds the extras', () => {
    const env = childEnvironment(
      { PATH: '/bin', NODE_OPTIONS: '--import tsx', npm_config_global: 'true', VITEST_POOL_ID: '1', HOME: '/root' },
      { NODE_OPTIONS: '--no-addons' },
    );

    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/root',
      CI: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      NODE_OPTIONS: '--no-addons',
    });
  });
});

describe('explainCrash', () => {
  it('picks the thrown error line over banners and stack frames', () => {
    const output = [
      ' RUN  v4.1.12 /tmp/ws',
      '⎯⎯⎯⎯⎯⎯⎯ Startup Error ⎯⎯⎯⎯⎯⎯⎯⎯',
      'Error: Cannot find native binding. npm has a bug',
      '    at file:///x/binding.mjs:599:34',
    ].join('\n');

    expect(explainCrash(output)).toBe('Error: Cannot find native binding. npm has a bug');
  });

  it('falls back to the last line, or says there was no output', () => {
    expect(explainCrash('starting\nKilled')).toBe('Killed');
    expect(explainCrash('')).toBe('no output');
  });
});

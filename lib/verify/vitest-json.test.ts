import { describe, expect, it } from 'vitest';
import { firstLine, parseVitestJson, relativeFile } from './vitest-json';

const root = '/tmp/ws/project';

function report(testResults: unknown[]): string {
  return JSON.stringify({ numTotalTests: 0, testResults });
}

describe('parseVitestJson', () => {
  it('names tests by their describe titles and title joined with " > "', () => {
    const text = report([
      {
        name: `${root}/src/users/users.module.spec.ts`,
        status: 'failed',
        message: '',
        assertionResults: [
          {
            ancestorTitles: ['UsersModule', 'exports'],
            title: 'lets importers inject it',
            status: 'passed',
            failureMessages: [],
          },
          {
            ancestorTitles: [],
            title: 'top level',
            status: 'failed',
            failureMessages: ['\u001b[31mAssertionError\u001b[39m: expected 1 to be 2\n    at x'],
          },
        ],
      },
    ]);

    const result = parseVitestJson(text, root);

    expect(result.tests).toEqual([
      {
        name: 'UsersModule > exports > lets importers inject it',
        file: 'src/users/users.module.spec.ts',
        status: 'passed',
      },
      {
        name: 'top level',
        file: 'src/users/users.module.spec.ts',
        status: 'failed',
        message: 'AssertionError: expected 1 to be 2',
      },
    ]);
    expect(result.fileFailures).toEqual([]);
  });

  it('reports a spec file that failed as a whole, such as a missing import', () => {
    const text = report([
      {
        name: `${root}/src/broken.spec.ts`,
        status: 'failed',
        message: "Cannot find module './missing.js'\nmore",
        assertionResults: [],
      },
    ]);

    expect(parseVitestJson(text, root).fileFailures).toEqual([
      { file: 'src/broken.spec.ts', message: "Cannot find module './missing.js'" },
    ]);
  });

  it('treats skipped, todo and pending tests as skipped', () => {
    const assertions = ['skipped', 'todo', 'pending'].map((status) => ({
      ancestorTitles: ['S'],
      title: status,
      status,
    }));
    const result = parseVitestJson(
      report([{ name: `${root}/a.spec.ts`, status: 'passed', assertionResults: assertions }]),
      root,
    );

    expect(result.tests.map((test) => test.status)).toEqual(['skipped', 'skipped', 'skipped']);
  });

  it('rejects text that is not a Vitest JSON report', () => {
    expect(() => parseVitestJson('not json', root)).toThrow('not valid JSON');
    expect(() => parseVitestJson('{"success":true}', root)).toThrow('no testResults');
  });
});

describe('relativeFile', () => {
  it('makes paths inside the workspace relative and leaves others alone', () => {
    expect(relativeFile(root, `${root}/src/a.spec.ts`)).toBe('src/a.spec.ts');
    expect(relativeFile(root, '/elsewhere/a.spec.ts')).toBe('/elsewhere/a.spec.ts');
  });
});

describe('firstLine', () => {
  it('strips colours and keeps the first line', () => {
    expect(firstLine('\u001b[31m  Error: boom\u001b[39m\n  at somewhere')).toBe('Error: boom');
  });
});

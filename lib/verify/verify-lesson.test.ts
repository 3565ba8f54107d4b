// Runs the real starter's Vitest on a tiny lesson, so the whole verifier (workspace,
// child process, JSON report, judging) is proved together. Needs starters/nest installed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileTree } from '../content/file-tree';
import type { VerifiableLesson } from './lessons';
import { verifyLesson, verifySolution } from './verify-lesson';

const starterDir = path.resolve('starters/nest');
const installed = existsSync(path.join(starterDir, 'node_modules/.bin/vitest'));

const spec = `import { double } from './double.js';
describe('double', () => {
  it('doubles a number', () => {
    expect(double(2)).toBe(4);
  });
});
`;

async function lesson(starting: string, tests = ['double > doubles a number']): Promise<VerifiableLesson> {
  const starter = await readFileTree(starterDir);
  return {
    id: 'test/double',
    starter: 'nest',
    tasks: [{ id: 'double', tests }],
    files: { ...starter.files, 'src/double.ts': starting, 'src/double.spec.ts': spec },
    solution: { 'src/double.ts': 'export const double = (n: number) => n * 2;\n' },
  };
}

const options = { nodeModulesFor: () => path.join(starterDir, 'node_modules') };

describe.skipIf(!installed)('verifyLesson with the real starter', () => {
  it('passes a lesson whose start fails and whose solution passes', async () => {
    const outcome = await verifyLesson(await lesson('export const double = (n: number) => n;\n'), options);

    expect(outcome.error).toBeUndefined();
    expect(outcome.start).toEqual({ ok: true, count: 1, total: 2, problems: [] });
    expect(outcome.solution).toEqual({ ok: true, count: 2, total: 2, problems: [] });
  }, 120_000);

  it('fails a lesson that is already solved, or whose task names a test that does not exist', async () => {
    const outcome = await verifyLesson(
      await lesson('export const double = (n: number) => n * 2;\n', ['double > typo']),
      options,
    );

    expect(outcome.start?.problems).toEqual(['every test already passes with the starting files']);
    expect(outcome.solution?.problems).toEqual(['task "double" names a test that did not run: "double > typo"']);
  }, 120_000);

  it('reports a run that could not start instead of judging it', async () => {
    const broken = { ...(await lesson('export {};\n')), files: { 'package.json': '{}' } };
    const outcome = await verifySolution(broken, {
      nodeModulesFor: () => path.join(starterDir, 'no-such-node_modules'),
    });

    expect(outcome.error).toMatch(/^solution: vitest exited with code .* and wrote no report/);
  }, 60_000);
});

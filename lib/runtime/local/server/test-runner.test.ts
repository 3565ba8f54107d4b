// Time limit, output cap and cancellation of real test runs. SLOW (≈ 15 s):
// each limit is hit for real, and every kill means a cold Vitest start after it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRUNCATION_NOTE } from './output-cap';
import { PROJECT_ROOT } from './test-support';
import { WorkspaceTestRunner } from './test-runner';
import { createWorkspace, writeWorkspaceFile } from './workspace';

const TIMEOUT_MS = 5_000;
const OUTPUT_LIMIT = 50_000;
const LOOP_SPEC = "it('never ends', () => {\n  while (true) {}\n});\n";
const CHATTY_SPEC =
  "it('prints a lot', () => {\n  for (let i = 0; i < 2000; i++) console.log('x'.repeat(1000));\n  expect(1).toBe(1);\n});\n";
/** True while a live (not zombie) process is in the group led by `pid`. */
function groupAlive(pid: number): boolean {
  return execFileSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some(([pgid, stat]) => Number(pgid) === pid && !stat?.startsWith('Z'));
}

const FINE_SPEC = "it('is fine', () => {\n  expect(1 + 1).toBe(2);\n});\n";

describe('WorkspaceTestRunner limits', { timeout: 30_000 }, () => {
  let workspace: string;
  let runner: WorkspaceTestRunner;

  async function write(path: string, contents: string) {
    await writeWorkspaceFile(workspace, path, contents);
    runner.noteChanged(path);
  }

  beforeAll(async () => {
    workspace = join(mkdtempSync(join(tmpdir(), 'runner-test-')), 'ws');
    await createWorkspace(workspace, join(PROJECT_ROOT, 'starters', 'nest'), { 'src/extra.spec.ts': FINE_SPEC });
    runner = new WorkspaceTestRunner(workspace, { timeoutMs: TIMEOUT_MS, outputLimit: OUTPUT_LIMIT });
    // Warm up, so the time limit below measures the endless loop, not Vitest's start.
    expect((await runner.run()).outcome).toBe('passed');
  }, 30_000);

  afterAll(async () => {
    await runner.dispose();
    rmSync(dirname(workspace), { recursive: true, force: true });
  });

  it('stops an endless loop at the time limit, then runs normally again', async () => {
    const firstHost = runner.hostPid;
    await write('src/extra.spec.ts', LOOP_SPEC);
    const started = Date.now();
    const stuck = await runner.run();
    expect(stuck.outcome).toBe('timeout');
    expect(stuck.message).toBe('Tests stopped after 5 s — is there an endless loop?');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1_500);
    // The host and its test worker (same process group) are gone.
    await expect.poll(() => groupAlive(firstHost!), { timeout: 1_000 }).toBe(false);

    await write('src/extra.spec.ts', FINE_SPEC);
    const next = await runner.run();
    expect(next.outcome).toBe('passed');
    expect(next.tests.map((t) => t.name)).toContain('is fine');
  });

  it('caps huge output with a note and still reports the results', async () => {
    await write('src/extra.spec.ts', CHATTY_SPEC);
    let output = '';
    const run = await runner.run({ onOutput: (chunk) => (output += chunk) });
    expect(run.outcome).toBe('passed');
    expect(run.tests.find((t) => t.name === 'prints a lot')?.status).toBe('passed');
    expect(output.length).toBeLessThanOrEqual(OUTPUT_LIMIT + TRUNCATION_NOTE.length);
    expect(output.endsWith(TRUNCATION_NOTE)).toBe(true);
  });

  it('cancels a run when the caller aborts', async () => {
    await write('src/extra.spec.ts', LOOP_SPEC);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const run = await runner.run({ signal: controller.signal });
    expect(run.outcome).toBe('cancelled');
    await write('src/extra.spec.ts', FINE_SPEC);
  });
});

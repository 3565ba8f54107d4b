// Helpers for this folder's tests (not a test file itself): real servers on
// loopback, real workspaces in a temp folder, real child processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunEvent } from '../protocol';
import type { TestRun } from '../../types';
import { configFromEnv, type RuntimeConfig } from './config';
import { createRuntimeHandler, type RuntimeHandler } from './handler';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export function testConfig(overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return {
    ...configFromEnv(PROJECT_ROOT, {}),
    workspacesDir: mkdtempSync(join(tmpdir(), 'nest-workbook-test-')),
    ...overrides,
  };
}

export interface TestServer {
  base: string;
  handler: RuntimeHandler;
  close(): Promise<void>;
}

/** The runtime handler on an ephemeral loopback port. */
export async function startTestServer(config: RuntimeConfig): Promise<TestServer> {
  const handler = createRuntimeHandler(config);
  const server: Server = createServer((req, res) => {
    void handler.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api/runtime`,
    handler,
    async close() {
      await handler.dispose();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(config.workspacesDir, { recursive: true, force: true });
    },
  };
}

export async function createSession(base: string, files: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${base}/sessions`, {
    method: 'POST',
    body: JSON.stringify({ lessonId: 'test/lesson', starter: 'nest', files }),
  });
  if (response.status !== 201) throw new Error(`create session: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

export function putFile(base: string, id: string, path: string, contents: string): Promise<Response> {
  return fetch(`${base}/sessions/${id}/files`, { method: 'PUT', body: JSON.stringify({ path, contents }) });
}

/** POST /test and read the whole NDJSON stream. */
export async function runTests(base: string, id: string): Promise<{ run: TestRun; output: string }> {
  const response = await fetch(`${base}/sessions/${id}/test`, { method: 'POST' });
  const events = (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as RunEvent);
  const output = events.map((event) => (event.type === 'output' ? event.data : '')).join('');
  const result = events.at(-1);
  if (result?.type !== 'result') throw new Error(`no result event; output:\n${output}`);
  return { run: result.run, output };
}

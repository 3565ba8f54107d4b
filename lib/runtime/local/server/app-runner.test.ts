// The starter's real Nest app, started through the browser client and reached
// through the proxy. SLOW (≈ 10 s on an idle machine): a real tsc compile and a
// Nest boot, then a failing compile.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalRuntime } from '../client';
import type { WorkbookRuntime } from '../../types';
import { startTestServer, testConfig, type TestServer } from './test-support';

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && !address.internal && address.family === 'IPv4')?.address;

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the lesson app', { timeout: 60_000 }, () => {
  let server: TestServer;
  let origin: string;
  let runtime: WorkbookRuntime;
  let output = '';

  const session = () => server.handler.sessions!.get(server.handler.sessions!.ids()[0]);

  beforeAll(async () => {
    server = await startTestServer(testConfig());
    origin = new URL(server.base).origin;
    runtime = createLocalRuntime({ origin });
    await runtime.prepare({ lessonId: 'foundations/hello', starter: 'nest', files: {} });
  }, 30_000);

  afterAll(async () => {
    await runtime.dispose();
    await server.close();
  });

  it('refuses the proxy before the app runs (409)', async () => {
    const response = await fetch(`${origin}/api/runtime/sessions/${session().id}/proxy/`);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: 'The app is not running. Start it first.' });
  });

  it("starts, then answers through the proxy with the starter's Hello World!", async () => {
    const app = await runtime.startApp({ onOutput: (chunk) => (output += chunk) });
    expect(app).toEqual({ baseUrl: `/api/runtime/sessions/${session().id}/proxy` });
    expect(output).toContain('tsc -p tsconfig.build.json');
    expect(output).toContain('Nest application successfully started');

    const hello = await fetch(`${origin}${app.baseUrl}/?greeting=1`);
    expect(hello.status).toBe(200);
    expect(await hello.text()).toBe('Hello World!');

    // Method and path reach the app: Nest's own 404 names them.
    const missing = await fetch(`${origin}${app.baseUrl}/orders/42`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404, message: 'Cannot POST /orders/42' });
  });

  it.skipIf(!externalAddress)("is not reachable on the machine's network address", async () => {
    const port = session().app.port!;
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    expect(await canConnect(externalAddress!, port)).toBe(false);
  });

  it('reports a compile error instead of starting, and stops the previous app', async () => {
    const oldPort = session().app.port!;
    await runtime.writeFile('src/app.service.ts', 'export const x: number = "not a number";\n');
    output = '';
    await expect(runtime.startApp({ onOutput: (chunk) => (output += chunk) })).rejects.toThrow(
      'The project did not compile; see the errors above.',
    );
    expect(output).toContain("Type 'string' is not assignable to type 'number'");
    expect(session().app.port).toBeNull();
    expect(await canConnect('127.0.0.1', oldPort)).toBe(false);
  });
});

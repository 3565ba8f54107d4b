import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';
import { createRuntimeHandler } from './handler';
import { isLoopbackAddress } from './loopback';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])('accepts %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '10.0.0.1',
    '192.168.1.5',
    '::ffff:192.168.1.5',
    '128.0.0.1',
    '127.0.0',
    '127.0.0.256',
    'fe80::1',
    '::',
  ])('refuses %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

function fakeRequest(url: string, remoteAddress: string, headers: Record<string, string> = {}) {
  return Object.assign(new PassThrough(), {
    url,
    method: 'GET',
    headers,
    socket: { remoteAddress },
  }) as unknown as IncomingMessage;
}

function fakeResponse() {
  const res = {
    status: 0,
    body: '',
    headersSent: false,
    writeHead(status: number) {
      res.status = status;
      res.headersSent = true;
      return res;
    },
    end(body?: string) {
      res.body = body ?? '';
      return res;
    },
  };
  return res;
}

describe('runtime handler and the caller address', () => {
  const handler = createRuntimeHandler({ ...configFromEnv(process.cwd(), {}), mode: 'webcontainer' });

  it('answers 403 to a caller on another machine, whatever X-Forwarded-For claims', async () => {
    const res = fakeResponse();
    const req = fakeRequest('/api/runtime/health', '192.168.1.5', { 'x-forwarded-for': '127.0.0.1' });
    expect(await handler.handle(req, res as unknown as ServerResponse)).toBe(true);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ error: 'The runtime API only answers requests from this machine.' });
  });

  it('answers a loopback caller (IPv4-mapped IPv6 form)', async () => {
    const res = fakeResponse();
    await handler.handle(fakeRequest('/api/runtime/health', '::ffff:127.0.0.1'), res as unknown as ServerResponse);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ local: false, mode: 'webcontainer' });
  });

  it('leaves other paths to the next handler', async () => {
    const res = fakeResponse();
    expect(await handler.handle(fakeRequest('/api/runtimeish', '192.168.1.5'), res as unknown as ServerResponse)).toBe(
      false,
    );
    expect(res.status).toBe(0);
  });
});

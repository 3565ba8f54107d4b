import { describe, expect, it, vi } from 'vitest';
import { buildRequest } from './http-request';
import { sendRequest } from './send-request';

const built = buildRequest({ method: 'POST', path: '/users', headers: '', body: '{"email":"a@b.co"}' }, '/proxy');
if (!built.ok) throw new Error('fixture must build');

describe('sendRequest', () => {
  it('sends the built request and describes the answer', async () => {
    const fetcher = vi.fn(
      async () =>
        new Response('{"id":"1"}', {
          status: 201,
          statusText: 'Created',
          headers: { 'content-type': 'application/json' },
        }),
    );
    const view = await sendRequest(built, { fetcher });
    expect(fetcher).toHaveBeenCalledWith(
      '/proxy/users',
      expect.objectContaining({ method: 'POST', body: '{"email":"a@b.co"}', redirect: 'manual' }),
    );
    expect(view).toMatchObject({ status: 201, statusText: 'Created', body: '{\n  "id": "1"\n}', json: true });
    expect(view.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('explains a request that could not be sent', async () => {
    const fetcher = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(sendRequest(built, { fetcher })).rejects.toThrow('The request could not be sent: Failed to fetch');
  });

  it('explains that an app on another origin (WebContainer) must allow this page', async () => {
    vi.stubGlobal('location', { href: 'http://127.0.0.1:3000/en/x', origin: 'http://127.0.0.1:3000' });
    try {
      const remote = buildRequest(
        { method: 'GET', path: '/', headers: '', body: '' },
        'https://abc.webcontainer-api.io',
      );
      if (!remote.ok) throw new Error('fixture must build');
      const fetcher = vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      });
      await expect(sendRequest(remote, { fetcher })).rejects.toThrow(
        /Failed to fetch\. The app runs on another origin.+app\.enableCors\(\)/,
      );
      await expect(sendRequest(built, { fetcher })).rejects.toThrow(/^The request could not be sent: Failed to fetch$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives up on an app that never answers', async () => {
    const fetcher = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
        ),
    );
    await expect(sendRequest(built, { fetcher, timeoutMs: 20 })).rejects.toThrow(
      'The app did not answer within 20 ms.',
    );
  });
});

// Routes every request under /api/runtime. Plain (req, res) functions so the
// production server (scripts/serve.ts) and tests can mount them on any http.Server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RUNTIME_API, type HealthResponse } from '../protocol';
import type { RuntimeConfig } from './config';
import { HttpError, sendError, sendJson } from './http-utils';
import { isLoopbackRequest } from './loopback';
import { SessionStore } from './sessions';
import * as routes from './session-routes';

export interface RuntimeHandler {
  /** Handles the request if it is under /api/runtime; returns false (untouched) otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Removes every session, its processes and its folder. */
  dispose(): Promise<void>;
  /** Null when the local runtime is turned off. */
  readonly sessions: SessionStore | null;
}

const LOCAL_OFF =
  'The local runtime is turned off on this server (WORKBOOK_RUNTIME=webcontainer); projects run in the browser.';

function methodNotAllowed(method: string | undefined, allowed: string): HttpError {
  return new HttpError(405, `${method} is not supported here; use ${allowed}.`);
}

async function routeSession(
  req: IncomingMessage,
  res: ServerResponse,
  store: SessionStore,
  parts: string[],
  search: string,
) {
  const [id, action, ...rest] = parts;
  const session = store.get(id);
  const method = req.method ?? 'GET';
  if (action === undefined) {
    if (method !== 'DELETE') throw methodNotAllowed(method, 'DELETE');
    await store.remove(id);
    res.writeHead(204).end();
    return;
  }
  if (action === 'proxy') return routes.proxy(req, res, session, `/${rest.join('/')}${search}`);
  if (rest.length > 0) throw new HttpError(404, `No runtime route ${req.url}.`);
  if (action === 'files') {
    if (method !== 'PUT') throw methodNotAllowed(method, 'PUT');
    return routes.writeFile(req, res, session, store.config);
  }
  if (action === 'test' || action === 'app') {
    if (method !== 'POST') throw methodNotAllowed(method, 'POST');
    return action === 'test' ? routes.runTests(req, res, session) : routes.startApp(req, res, session);
  }
  throw new HttpError(404, `No runtime route ${req.url}.`);
}

async function route(req: IncomingMessage, res: ServerResponse, config: RuntimeConfig, store: SessionStore | null) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parts = url.pathname.slice(RUNTIME_API.length).split('/').filter(Boolean);
  if (parts[0] === 'health' && parts.length === 1) {
    const body: HealthResponse = { local: store !== null, mode: config.mode };
    return sendJson(res, 200, body);
  }
  if (parts[0] !== 'sessions') throw new HttpError(404, `No runtime route ${url.pathname}.`);
  if (!store) throw new HttpError(409, LOCAL_OFF);
  if (parts.length === 1) {
    if (req.method !== 'POST') throw methodNotAllowed(req.method, 'POST');
    return routes.createSession(req, res, store);
  }
  return routeSession(req, res, store, parts.slice(1), url.search);
}

function isRuntimePath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === RUNTIME_API || path.startsWith(`${RUNTIME_API}/`);
}

export function createRuntimeHandler(config: RuntimeConfig): RuntimeHandler {
  const store = config.mode === 'webcontainer' ? null : new SessionStore(config);
  store?.startSweeper();
  return {
    sessions: store,
    async handle(req, res) {
      if (!isRuntimePath(req.url)) return false;
      try {
        if (!isLoopbackRequest(req))
          throw new HttpError(403, 'The runtime API only answers requests from this machine.');
        await route(req, res, config, store);
      } catch (error) {
        req.resume();
        if (error instanceof HttpError) sendError(res, error.status, error.message);
        else {
          console.error('[runtime]', error);
          sendError(res, 500, error instanceof Error ? error.message : 'Internal error');
        }
      }
      return true;
    },
    async dispose() {
      await store?.disposeAll();
    },
  };
}

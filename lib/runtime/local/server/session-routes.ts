// The handlers behind /api/runtime/sessions/…; handler.ts does the routing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  RUNTIME_API,
  type AppEvent,
  type CreateSessionResponse,
  type RunEvent,
  type WriteFileRequest,
} from '../protocol';
import type { RuntimeConfig } from './config';
import { readJson, sendJson, sendNoContent, startNdjson } from './http-utils';
import { checkRelativePath } from './paths';
import { proxyToApp } from './proxy';
import type { Session, SessionStore } from './sessions';
import { checkContents, writeWorkspaceFile } from './workspace';

/** Aborts when the client goes away before the response is complete. */
function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

export async function createSession(req: IncomingMessage, res: ServerResponse, store: SessionStore): Promise<void> {
  const session = await store.create(await readJson(req, store.config.maxBodyBytes));
  const body: CreateSessionResponse = { sessionId: session.id };
  sendJson(res, 201, body);
}

export async function writeFile(
  req: IncomingMessage,
  res: ServerResponse,
  session: Session,
  config: RuntimeConfig,
): Promise<void> {
  const body = (await readJson(req, config.maxBodyBytes)) as Partial<WriteFileRequest> | null;
  const path = body?.path;
  checkRelativePath(path);
  const contents = checkContents(path as string, body?.contents, config);
  await writeWorkspaceFile(session.dir, path as string, contents);
  session.tests.noteChanged(path as string);
  sendNoContent(res);
}

export async function runTests(req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> {
  req.resume();
  const signal = clientGone(res);
  const send: (event: RunEvent) => void = startNdjson(res);
  const run = await session.tests.run({ onOutput: (data) => send({ type: 'output', data }), signal });
  send({ type: 'result', run });
  res.end();
}

function waitForClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => (res.destroyed ? resolve() : res.once('close', () => resolve())));
}

export async function startApp(req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> {
  req.resume();
  const signal = clientGone(res);
  const send: (event: AppEvent) => void = startNdjson(res);
  try {
    await session.app.start({ onOutput: (data) => send({ type: 'output', data }), signal });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    res.end();
    return;
  }
  send({ type: 'ready', app: { baseUrl: `${RUNTIME_API}/sessions/${session.id}/proxy` } });
  // Keep streaming the app's log until it stops, is replaced, or the client leaves.
  const child = session.app.process;
  if (child && child.exitCode === null && child.signalCode === null) {
    const stopped = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const outcome = await Promise.race([stopped, waitForClose(res).then(() => 'closed' as const)]);
    if (outcome !== 'closed' && session.app.process === child) {
      send({ type: 'error', message: `The app stopped (exit code ${outcome}).` });
    }
  }
  res.end();
}

export async function proxy(req: IncomingMessage, res: ServerResponse, session: Session, rest: string): Promise<void> {
  const port = session.app.port;
  if (port === null) {
    req.resume();
    sendJson(res, 409, { error: 'The app is not running. Start it first.' });
    return;
  }
  await proxyToApp(req, res, port, rest);
}

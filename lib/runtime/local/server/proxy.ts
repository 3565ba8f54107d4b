// Forwards a browser request to a session's running Nest app and streams the
// answer back: method, path, query, headers and body in; status, headers and body out.
import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { sendError } from './http-utils';

// Hop-by-hop headers describe one connection, not the message (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export function endToEndHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase()),
  );
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name) && !named.has(name) && value !== undefined) kept[name] = value;
  }
  return kept;
}

/** Sends `req` to the app on 127.0.0.1:`port` at `targetPath` (path and query). */
export function proxyToApp(req: IncomingMessage, res: ServerResponse, port: number, targetPath: string): Promise<void> {
  return new Promise((resolve) => {
    const headers = { ...endToEndHeaders(req.headers), host: `127.0.0.1:${port}` };
    const upstream = request({ host: '127.0.0.1', port, method: req.method, path: targetPath, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEndHeaders(answer.headers));
      answer.pipe(res);
      answer.on('end', () => resolve());
      answer.on('error', () => {
        res.destroy();
        resolve();
      });
    });
    upstream.on('error', (error) => {
      sendError(res, 502, `The app did not answer: ${error.message}`);
      resolve();
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
}

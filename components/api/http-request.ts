// The "Try the API" form as plain data: checked and turned into a fetch() call
// before anything is sent, and the answer turned into what the panel shows.
import type { HttpMethod } from '@/lib/content/http-methods';
import type { ExampleRequest } from '@/lib/content/schema';

export interface RequestForm {
  method: HttpMethod;
  /** Path and query, like /users?page=2. */
  path: string;
  /** One "Name: value" per line. */
  headers: string;
  /** JSON text, or empty for no body. */
  body: string;
}

export type FormField = 'path' | 'headers' | 'body';

export type BuiltRequest =
  | { ok: true; url: string; init: RequestInit & { method: HttpMethod; headers: [string, string][] } }
  | { ok: false; field: FormField; message: string };

export const EMPTY_FORM: RequestForm = { method: 'GET', path: '/', headers: '', body: '' };

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const NO_BODY = new Set<HttpMethod>(['GET', 'HEAD']);
// Any origin works: it only lets URL() resolve the path, which also removes "..".
const PLACEHOLDER_ORIGIN = 'http://app.invalid';

export function formFromExample(example: ExampleRequest): RequestForm {
  return {
    method: example.method,
    path: example.path,
    headers: Object.entries(example.headers ?? {})
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    body: example.body === undefined ? '' : JSON.stringify(example.body, null, 2),
  };
}

export function parseHeaderLines(
  text: string,
): { ok: true; headers: [string, string][] } | { ok: false; message: string } {
  const headers: [string, string][] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    if (colon < 0 || !HEADER_NAME.test(name)) {
      return { ok: false, message: `Header line ${index + 1} ("${line.trim()}") is not "Name: value".` };
    }
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  return { ok: true, headers };
}

/** The path resolved inside the app, or why it cannot be sent. */
function appPath(path: string): { ok: true; path: string } | { ok: false; message: string } {
  const trimmed = path.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) {
    return { ok: false, message: 'The path must start with a single /, like /users.' };
  }
  const url = new URL(trimmed, PLACEHOLDER_ORIGIN);
  return { ok: true, path: `${url.pathname}${url.search}` };
}

/** Checks the form and builds the request to the app at `baseUrl`; nothing is sent. */
export function buildRequest(form: RequestForm, baseUrl: string): BuiltRequest {
  const path = appPath(form.path);
  if (!path.ok) return { ok: false, field: 'path', message: path.message };
  const headers = parseHeaderLines(form.headers);
  if (!headers.ok) return { ok: false, field: 'headers', message: headers.message };
  const init = { method: form.method, headers: headers.headers } as Extract<BuiltRequest, { ok: true }>['init'];
  if (form.body.trim()) {
    if (NO_BODY.has(form.method)) {
      return {
        ok: false,
        field: 'body',
        message: `A ${form.method} request cannot have a body. Clear the body or choose POST.`,
      };
    }
    try {
      JSON.parse(form.body);
    } catch (error) {
      return { ok: false, field: 'body', message: `The body is not valid JSON: ${(error as Error).message}` };
    }
    init.body = form.body;
    if (!init.headers.some(([name]) => name.toLowerCase() === 'content-type')) {
      init.headers.push(['Content-Type', 'application/json']);
    }
  }
  return { ok: true, url: `${baseUrl.replace(/\/+$/, '')}${path.path}`, init };
}

export interface ResponseView {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** Pretty-printed when the answer is JSON. */
  body: string;
  json: boolean;
  durationMs: number;
}

// HTTP/2 answers carry no reason phrase; these are the ones a Nest app gives most.
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Pretty JSON when the text is JSON, else the text as it came. */
export function prettyBody(text: string, contentType: string | null): { body: string; json: boolean } {
  const looksJson = /\bjson\b/i.test(contentType ?? '') || /^\s*[[{]/.test(text);
  if (!looksJson || !text.trim()) return { body: text, json: false };
  try {
    return { body: JSON.stringify(JSON.parse(text), null, 2), json: true };
  } catch {
    return { body: text, json: false };
  }
}

export function describeResponse(response: Response, text: string, durationMs: number): ResponseView {
  return {
    status: response.status,
    statusText: response.statusText || REASONS[response.status] || '',
    headers: [...response.headers.entries()],
    ...prettyBody(text, response.headers.get('content-type')),
    durationMs,
  };
}

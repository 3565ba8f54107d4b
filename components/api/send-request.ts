// Sends a checked request and reads the whole answer, timed from the first
// byte sent to the last byte read.
import { describeResponse, type BuiltRequest, type ResponseView } from './http-request';

export const REQUEST_TIMEOUT_MS = 30_000;

// In a WebContainer the app has its own origin, and the browser hides an answer
// that does not allow ours (stackblitz/webcontainer-core#1159).
const CORS_HINT =
  '. The app runs on another origin: if it is up, it must allow this page with app.enableCors() in src/main.ts.';

function crossOrigin(url: string): boolean {
  if (typeof location === 'undefined') return false;
  return new URL(url, location.href).origin !== location.origin;
}

export async function sendRequest(
  request: Extract<BuiltRequest, { ok: true }>,
  { timeoutMs = REQUEST_TIMEOUT_MS, fetcher = fetch } = {},
): Promise<ResponseView> {
  const started = performance.now();
  try {
    const response = await fetcher(request.url, {
      ...request.init,
      cache: 'no-store',
      // Show a redirect as the app sent it rather than following it somewhere else.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return describeResponse(response, text, Math.round(performance.now() - started));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
      throw new Error(`The app did not answer within ${limit}.`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The request could not be sent: ${reason}${crossOrigin(request.url) ? CORS_HINT : ''}`);
  }
}

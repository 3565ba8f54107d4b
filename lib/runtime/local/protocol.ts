// The HTTP contract between the browser half of the local runtime (client.ts)
// and the workbook server (server/). Both sides import these types, so a change
// here is a change to both.
//
// All routes live under RUNTIME_API and answer only requests from loopback.
//
//   GET    /api/runtime/health                      → HealthResponse
//   POST   /api/runtime/sessions                    CreateSessionRequest → CreateSessionResponse
//   PUT    /api/runtime/sessions/:id/files          WriteFileRequest → 204
//   POST   /api/runtime/sessions/:id/test           → NDJSON stream of RunEvent
//   POST   /api/runtime/sessions/:id/app            → NDJSON stream of AppEvent
//   *      /api/runtime/sessions/:id/proxy/<path>   → forwarded to the running Nest app
//   DELETE /api/runtime/sessions/:id                → 204
//
// Errors are JSON `{ error: string }` with a 4xx/5xx status: 400 for a bad body or a
// path that escapes the workspace, 403 for a non-loopback caller, 404 for an
// unknown session.
import type { FileMap, RunningApp, TestRun } from '../types';

export const RUNTIME_API = '/api/runtime';

export type RuntimeMode = 'auto' | 'local' | 'webcontainer';

export interface HealthResponse {
  /** False when the server was started with WORKBOOK_RUNTIME=webcontainer. */
  local: boolean;
  mode: RuntimeMode;
}

export interface CreateSessionRequest {
  lessonId: string;
  starter: string;
  files: FileMap;
}

export interface CreateSessionResponse {
  sessionId: string;
}

export interface WriteFileRequest {
  path: string;
  contents: string;
}

export type RunEvent = { type: 'output'; data: string } | { type: 'result'; run: TestRun };

export type AppEvent =
  { type: 'output'; data: string } | { type: 'ready'; app: RunningApp } | { type: 'error'; message: string };

export interface ErrorResponse {
  error: string;
}

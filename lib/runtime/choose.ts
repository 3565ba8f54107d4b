// Which runtime to try, in which order — a pure decision so it can be tested
// without a browser. The server says what it offers in GET /api/runtime/health
// (mode from WORKBOOK_RUNTIME); a static host has no such route, so no health
// answer means "WebContainer only".
import type { HealthResponse } from './local/protocol';
import type { RuntimeKind, UnavailableReason } from './types';

/** Runtimes to try, best first; the next is used only when the previous cannot start. */
export type RuntimePlan = readonly RuntimeKind[];

/** `health` is null when the health route is missing or unreachable. */
export function chooseRuntime(health: HealthResponse | null): RuntimePlan {
  if (!health) return ['webcontainer'];
  switch (health.mode) {
    case 'local':
      return ['local'];
    case 'webcontainer':
      return health.local ? ['webcontainer', 'local'] : ['webcontainer'];
    case 'auto':
    default:
      return health.local ? ['local', 'webcontainer'] : ['webcontainer'];
  }
}

/** Reads a health answer defensively: anything malformed counts as "no server". */
export function parseHealth(body: unknown): HealthResponse | null {
  if (typeof body !== 'object' || body === null) return null;
  const { local, mode } = body as Record<string, unknown>;
  if (typeof local !== 'boolean') return null;
  if (mode !== 'auto' && mode !== 'local' && mode !== 'webcontainer') return null;
  return { local, mode };
}

export const RUNTIME_LABELS: Record<RuntimeKind, string> = {
  local: 'local',
  webcontainer: 'WebContainer',
};

const REASON_TEXT: Record<UnavailableReason, string> = {
  offline: 'you are offline, and it needs the internet to start',
  'unsupported-browser':
    'this browser does not support it (it needs SharedArrayBuffer, as in recent Chrome, Edge or Firefox)',
  'not-isolated': 'this page is not cross-origin isolated (the server must send COOP/COEP headers)',
  'boot-timeout': 'its boot timed out',
  'boot-failed': 'it failed to start',
  'no-local-server': 'no workbook server is running to run your code locally',
};

/** "WebContainer is unavailable: you are offline, …" — shown after a fallback. */
export function describeUnavailable(kind: RuntimeKind, reason: UnavailableReason): string {
  return `${RUNTIME_LABELS[kind]} runtime is unavailable: ${REASON_TEXT[reason]}.`;
}

// Everything that can stop a WebContainer from booting, checked up front so the
// learner is told why (and the workbook can fall back) instead of waiting on a
// boot that will never finish.
import { RuntimeUnavailableError } from '../types';

export const DEFAULT_BOOT_TIMEOUT_MS = 20_000;

export interface BootEnvironment {
  /** window.crossOriginIsolated; undefined in browsers that predate it. */
  crossOriginIsolated: boolean | undefined;
  hasSharedArrayBuffer: boolean;
  online: boolean;
}

export function readBootEnvironment(scope: typeof globalThis = globalThis): BootEnvironment {
  return {
    crossOriginIsolated: 'crossOriginIsolated' in scope ? scope.crossOriginIsolated : undefined,
    hasSharedArrayBuffer: typeof scope.SharedArrayBuffer === 'function',
    online: scope.navigator?.onLine !== false,
  };
}

function unavailable(reason: RuntimeUnavailableError['reason'], detail: string): RuntimeUnavailableError {
  return new RuntimeUnavailableError('webcontainer', reason, detail);
}

/** Throws RuntimeUnavailableError when this page cannot run a WebContainer at all. */
export function checkBootEnvironment(env: BootEnvironment): void {
  if (env.crossOriginIsolated === undefined) {
    throw unavailable('unsupported-browser', 'This browser does not support cross-origin isolation.');
  }
  if (!env.crossOriginIsolated) {
    throw unavailable('not-isolated', 'The page is not cross-origin isolated (missing COOP/COEP headers).');
  }
  if (!env.hasSharedArrayBuffer) {
    throw unavailable('unsupported-browser', 'This browser has no SharedArrayBuffer.');
  }
  if (!env.online) {
    throw unavailable('offline', 'The browser is offline; a WebContainer needs the network to boot.');
  }
}

export interface GuardedBootOptions {
  env?: BootEnvironment;
  timeoutMs?: number;
}

/**
 * Boots through `boot` after the environment checks, turning a hang into
 * 'boot-timeout' and an exception into 'boot-failed'. A boot that finishes after
 * the timeout is torn down, since a page may hold only one WebContainer.
 */
export async function bootWithGuards<T extends { teardown(): void }>(
  boot: () => Promise<T>,
  { env = readBootEnvironment(), timeoutMs = DEFAULT_BOOT_TIMEOUT_MS }: GuardedBootOptions = {},
): Promise<T> {
  checkBootEnvironment(env);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const booting = boot().catch((error: unknown) => {
    if (timedOut) return undefined;
    const detail = error instanceof Error ? error.message : String(error);
    throw unavailable('boot-failed', `WebContainer failed to boot: ${detail}`);
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      void booting.then((late) => late?.teardown());
      reject(unavailable('boot-timeout', `WebContainer did not boot within ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
  });
  try {
    return (await Promise.race([booting, timeout])) as T;
  } finally {
    clearTimeout(timer);
  }
}

// The WebContainer runtime's entry point, lazy-imported by load-runtime.ts.
// A page may hold only one WebContainer, so the booted instance is shared.
import type { WorkbookRuntime } from '../types';
import { bootWithGuards, type GuardedBootOptions } from './boot-guards';
import type { WebContainerLike } from './container';
import { WebContainerRuntime } from './runtime';

let booted: Promise<WebContainerLike> | undefined;

function bootOnce(options: GuardedBootOptions): Promise<WebContainerLike> {
  booted ??= bootWithGuards(async () => {
    const { WebContainer } = await import('@webcontainer/api');
    return WebContainer.boot({ coep: 'require-corp', workdirName: 'workbook' });
  }, options).catch((error: unknown) => {
    booted = undefined; // a later attempt (e.g. back online) may succeed
    throw error;
  });
  return booted;
}

export interface CreateWebContainerRuntimeOptions extends GuardedBootOptions {
  /** npm install output, for the terminal. */
  onLog?: (chunk: string) => void;
}

/** Boots (once per page) and wraps the container; rejects with RuntimeUnavailableError when it cannot. */
export async function createWebContainerRuntime(
  options: CreateWebContainerRuntimeOptions = {},
): Promise<WorkbookRuntime> {
  const container = await bootOnce(options);
  return new WebContainerRuntime({
    container,
    onLog: options.onLog,
    onDispose: () => {
      booted = undefined;
    },
  });
}

// The page's one progress store, and word of its changes for the islands that
// show progress (this tab directly, other tabs through a BroadcastChannel).
import { ProgressStore } from './progress-store';

const CHANNEL = 'nest-workbook-progress';
const listeners = new Set<() => void>();
let store: ProgressStore | null | undefined;
let channel: BroadcastChannel | undefined;

function notify(): void {
  listeners.forEach((listener) => listener());
  channel?.postMessage('changed');
}

/** The store, or null where the browser offers no IndexedDB (then nothing can be saved). */
export function browserProgress(): ProgressStore | null {
  if (store !== undefined) return store;
  if (typeof indexedDB === 'undefined') return (store = null);
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => listeners.forEach((listener) => listener());
  }
  store = new ProgressStore({ onChange: notify });
  return store;
}

/** Calls `listener` after completion, the last lesson or an import changed; returns the unsubscribe. */
export function onProgressChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Saves the latest value a moment after the last change (typing stays cheap),
// and at once when asked (the page is being hidden or left). Only the newest
// value matters; a save that fails is retried on the next flush unless a newer
// value has replaced it.

export const SAVE_DELAY_MS = 300;

export interface SaverOptions {
  delayMs?: number;
  onError?: (error: unknown) => void;
  onSaved?: () => void;
}

export class DebouncedSaver<T> {
  #pending: { value: T; version: number } | undefined;
  #version = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly options: SaverOptions = {},
  ) {}

  get hasPending(): boolean {
    return this.#pending !== undefined;
  }

  /** The value waiting to be saved, if any. */
  get pendingValue(): T | undefined {
    return this.#pending?.value;
  }

  schedule(value: T): void {
    this.#pending = { value, version: ++this.#version };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.options.delayMs ?? SAVE_DELAY_MS);
  }

  /**
   * Starts saving what is pending now, in this very task (the store keeps the
   * order of writes), so a flush from `pagehide` is issued before the page goes.
   * Resolves when every save so far has settled; never rejects.
   */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.#saving = Promise.all([this.#saving, this.#write(pending)]).then(() => undefined);
    return this.#saving;
  }

  /** Stops the timer without saving (the saver is being thrown away after a flush). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #write(pending: { value: T; version: number }): Promise<void> {
    try {
      await this.save(pending.value);
      this.options.onSaved?.();
    } catch (error) {
      // Retry later, unless a newer value is pending or already being saved.
      if (!this.#pending && pending.version === this.#version) this.#pending = pending;
      this.options.onError?.(error);
    }
  }
}

/**
 * Runs `flush` when the page is hidden or left (tab switch, close, reload,
 * navigation): the last chance the browser gives to save. Returns the unsubscribe.
 */
export function flushWhenHidden(flush: () => void, win: Window = window): () => void {
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', flush);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

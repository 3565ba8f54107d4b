// Sends editor changes to the runtime: debounced while typing, flushed before a
// run so the tests always see what is on screen. A write that fails stays
// pending, so the next flush retries it instead of losing the edit.

export type WriteFile = (path: string, contents: string) => Promise<void>;

export const DEFAULT_SYNC_DELAY_MS = 400;

export class FileSync {
  private readonly pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: WriteFile,
    private readonly delayMs = DEFAULT_SYNC_DELAY_MS,
  ) {}

  schedule(path: string, contents: string): void {
    this.pending.set(path, contents);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.delayMs);
  }

  /** Writes everything pending; rejects with the first failure (those files stay pending). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending];
    this.pending.clear();
    // Chained so writes of one file never overtake each other.
    this.writing = this.writing.catch(() => undefined).then(() => this.writeBatch(batch));
    return this.writing;
  }

  /** Drops pending edits (the files are being replaced wholesale, e.g. by Reset). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private async writeBatch(batch: [string, string][]): Promise<void> {
    let firstError: unknown;
    for (const [path, contents] of batch) {
      try {
        await this.write(path, contents);
      } catch (error) {
        if (!this.pending.has(path)) this.pending.set(path, contents);
        firstError ??= error;
      }
    }
    if (firstError !== undefined) throw firstError;
  }
}

// The terminal's output outlives any one xterm.js instance: output can arrive
// before the terminal mounts (npm install starts while xterm.js loads), and a
// remount (React StrictMode, layout changes) must show the same history.

export interface TerminalLike {
  write(data: string): void;
  clear(): void;
}

/** Enough for many runs; older output is dropped first. */
export const HISTORY_LIMIT = 256 * 1024;

export class TerminalBuffer {
  private terminal: TerminalLike | undefined;
  private history = '';

  constructor(private readonly limit = HISTORY_LIMIT) {}

  write(chunk: string): void {
    this.history += chunk;
    if (this.history.length > this.limit) this.history = this.history.slice(-this.limit);
    this.terminal?.write(chunk);
  }

  clear(): void {
    this.history = '';
    this.terminal?.clear();
  }

  /** Shows the history so far on `terminal`, then streams to it; returns a detach function. */
  attach(terminal: TerminalLike): () => void {
    this.terminal = terminal;
    if (this.history) terminal.write(this.history);
    return () => {
      if (this.terminal === terminal) this.terminal = undefined;
    };
  }
}

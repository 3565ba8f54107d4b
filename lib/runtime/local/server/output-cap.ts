// Caps the output of one run: a test printing in a loop must not flood the
// browser or the server's memory. Past the limit, one note and then silence.

export const TRUNCATION_NOTE =
  '\n\u001b[33m[Output truncated: this run printed more than the limit. Results still follow.]\u001b[39m\n';

export class OutputCap {
  #sent = 0;
  #truncated = false;

  constructor(
    private readonly limit: number,
    private readonly forward: (chunk: string) => void,
  ) {}

  get truncated(): boolean {
    return this.#truncated;
  }

  write(chunk: string): void {
    if (this.#truncated || chunk.length === 0) return;
    const room = this.limit - this.#sent;
    if (chunk.length <= room) {
      this.#sent += chunk.length;
      this.forward(chunk);
      return;
    }
    if (room > 0) this.forward(chunk.slice(0, room));
    this.truncate();
  }

  /** Stops forwarding and tells the reader why (once). */
  truncate(): void {
    if (this.#truncated) return;
    this.#truncated = true;
    this.#sent = this.limit;
    this.forward(TRUNCATION_NOTE);
  }
}

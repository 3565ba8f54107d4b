// xterm.js draws "dim" text (SGR 2, which Vitest uses for durations and paths) at
// half opacity, below WCAG contrast, and no xterm option changes that (its
// minimumContrastRatio halves the target for dim text). So the terminal drops
// the dim attribute from output: the text keeps its colour at full strength.

const CSI_SGR = /\x1b\[([0-9;:]*)m/g;
/** An escape sequence cut off at the end of a chunk; the rest comes with the next. */
const PARTIAL_ESCAPE = /\x1b(\[[0-9;:]*)?$/;

/** SGR parameters without "2" (dim), leaving colour arguments such as 38;2;r;g;b alone. */
export function withoutDim(params: string): string {
  const parts = params.split(';');
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ((part === '38' || part === '48' || part === '58') && (parts[i + 1] === '5' || parts[i + 1] === '2')) {
      const length = parts[i + 1] === '5' ? 3 : 5;
      kept.push(...parts.slice(i, i + length));
      i += length - 1;
    } else if (part !== '2') {
      kept.push(part);
    }
  }
  return kept.join(';');
}

/** A stateful filter for one output stream: feed it chunks in order. */
export function createUndimmer(): (chunk: string) => string {
  let pending = '';
  return (chunk) => {
    let text = pending + chunk;
    const partial = PARTIAL_ESCAPE.exec(text);
    pending = partial ? partial[0] : '';
    if (partial) text = text.slice(0, partial.index);
    return text.replace(CSI_SGR, (sequence, params: string) => {
      if (params === '') return sequence; // ESC[m is a reset: keep it.
      const rest = withoutDim(params);
      return rest === '' ? '' : `\x1b[${rest}m`;
    });
  };
}

// One problem found in the content, pointing at the exact place to fix it.
export interface ContentError {
  /** Path relative to the repository root, POSIX separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

/** `path:line:col message`, the format editors and terminals make clickable. */
export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}:${error.column} ${error.message}`;
}

/** Stable order so a report reads top to bottom, file by file. */
export function sortContentErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** An error about a whole file rather than a place inside it. */
export function fileError(file: string, message: string): ContentError {
  return { file, line: 1, column: 1, message };
}

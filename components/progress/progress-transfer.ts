// Moving progress in and out of the browser: the download of the export file,
// and reading a chosen file into progress (or a sentence saying why not).
import {
  MAX_PROGRESS_FILE_BYTES,
  createProgressFile,
  parseProgressFile,
  progressFileName,
  type ParsedProgressFile,
} from '@/lib/progress/progress-file';
import type { ProgressSnapshot } from '@/lib/progress/progress-schema';

/** Starts the download of `snapshot` as a JSON file; returns the file's name. */
export function downloadProgress(snapshot: ProgressSnapshot, now = new Date()): string {
  const name = progressFileName(now);
  const blob = new Blob([`${JSON.stringify(createProgressFile(snapshot, now), null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once started; the URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

export async function readProgressFile(file: Pick<File, 'size' | 'text'>): Promise<ParsedProgressFile> {
  if (file.size > MAX_PROGRESS_FILE_BYTES) {
    return {
      ok: false,
      message: 'This file is far larger than any progress export, so it was not read. Nothing was changed.',
    };
  }
  try {
    return parseProgressFile(await file.text());
  } catch {
    return { ok: false, message: 'This file could not be read. Nothing was changed.' };
  }
}

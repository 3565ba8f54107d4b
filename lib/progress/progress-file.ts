// The export file: all progress as one JSON document with a format marker and
// a version. Reading one never throws: a file we cannot use comes back as a
// sentence for the learner, and the caller changes nothing.
import { z } from 'zod';
import {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  progressFileSchema,
  type ProgressFile,
  type ProgressSnapshot,
} from './progress-schema';

/** Larger than any real export (a few lessons of source code); refuses e.g. a video picked by mistake. */
export const MAX_PROGRESS_FILE_BYTES = 20 * 1024 * 1024;

export type ParsedProgressFile = { ok: true; progress: ProgressSnapshot } | { ok: false; message: string };

const NOTHING_CHANGED = 'Nothing was changed.';

export function createProgressFile(snapshot: ProgressSnapshot, now = new Date()): ProgressFile {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    lastLessonId: snapshot.lastLessonId,
    lessons: snapshot.lessons,
  };
}

/** "nest-workbook-progress-2025-01-31.json" */
export function progressFileName(now = new Date()): string {
  return `${PROGRESS_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

function refuse(reason: string): ParsedProgressFile {
  return { ok: false, message: `${reason} ${NOTHING_CHANGED}` };
}

/** The first problem, with where it is ("lessons › a/b › files: …"). */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'its contents do not match the expected shape';
  const where = issue.path.map(String).join(' › ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export function parseProgressFile(text: string): ParsedProgressFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not valid JSON, so it is not a Nest Workbook progress file.');
  }
  const header = z.object({ format: z.unknown(), version: z.unknown() }).partial().safeParse(data);
  const format = header.success ? header.data.format : undefined;
  if (format !== PROGRESS_FORMAT) {
    return refuse(`This is not a Nest Workbook progress file (it lacks "format": "${PROGRESS_FORMAT}").`);
  }
  const version = header.success ? header.data.version : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return refuse(
      `This progress file was made by a newer version of Nest Workbook (file version ${version}; this version reads version ${PROGRESS_VERSION}). Update the workbook, then import it again.`,
    );
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) return refuse(`This progress file is damaged (${describeIssue(parsed.error)}).`);
  const { lessons, lastLessonId } = parsed.data;
  return { ok: true, progress: { lessons, lastLessonId } };
}

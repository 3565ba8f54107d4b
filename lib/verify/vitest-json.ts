// Reads the file Vitest's built-in JSON reporter writes (`--reporter=json
// --outputFile=...`) into the few facts the content verifier judges by.

export type VerifiedStatus = 'passed' | 'failed' | 'skipped';

export interface VerifiedTest {
  /** Describe titles and the test title joined by " > ", as tasks name tests. */
  name: string;
  /** Workspace-relative spec path. */
  file: string;
  status: VerifiedStatus;
  /** First line of the first failure, when it failed. */
  message?: string;
}

/** A spec file that failed as a whole, e.g. it could not be imported. */
export interface FileFailure {
  file: string;
  message: string;
}

export interface VitestJsonResult {
  tests: VerifiedTest[];
  fileFailures: FileFailure[];
}

interface RawAssertion {
  ancestorTitles?: string[];
  title?: string;
  status?: string;
  failureMessages?: string[];
}

interface RawFile {
  name?: string;
  status?: string;
  message?: string;
  assertionResults?: RawAssertion[];
}

// Vitest puts ANSI colours into some failure messages.
const ANSI = /\u001b\[[0-9;]*m/g;

export function firstLine(text: string): string {
  return text.replace(ANSI, '').trim().split('\n')[0] ?? '';
}

function toStatus(raw: string | undefined): VerifiedStatus {
  if (raw === 'passed') return 'passed';
  if (raw === 'failed') return 'failed';
  return 'skipped';
}

export function relativeFile(root: string, file: string): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(base) ? file.slice(base.length) : file;
}

/** Throws with a clear message when the text is not a Vitest JSON report. */
export function parseVitestJson(text: string, root: string): VitestJsonResult {
  let report: { testResults?: RawFile[] };
  try {
    report = JSON.parse(text);
  } catch {
    throw new Error('the Vitest JSON report is not valid JSON');
  }
  if (!report || !Array.isArray(report.testResults)) {
    throw new Error('the Vitest JSON report has no testResults');
  }
  const result: VitestJsonResult = { tests: [], fileFailures: [] };
  for (const raw of report.testResults) {
    const file = relativeFile(root, raw.name ?? '(unknown file)');
    if (raw.status === 'failed' && raw.message) {
      result.fileFailures.push({ file, message: firstLine(raw.message) });
    }
    for (const assertion of raw.assertionResults ?? []) {
      const name = [...(assertion.ancestorTitles ?? []), assertion.title ?? ''].join(' > ');
      const status = toStatus(assertion.status);
      const failure = assertion.failureMessages?.[0];
      result.tests.push({
        name,
        file,
        status,
        ...(status === 'failed' && failure ? { message: firstLine(failure) } : {}),
      });
    }
  }
  return result;
}

export { parseReport, stripAnsi } from './parse-report';
export { REPORTER_PATH, REPORTER_SOURCE, REPORT_PATH, REPORT_VERSION, TEST_ARGS } from './reporter-source';
export type { RawError, RawModule, RawReport, RawStackFrame, RawTest } from './raw-report';

// `npm run verify:content [-- --jobs 2] [part[/lesson] ...]`: proves every lesson in
// real Node. Its starting files must fail (each task has a failing test) and its
// solution must pass every test, including each test a task names. Prints one line
// per lesson and exits 1 if any lesson fails.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseVerifyArgs } from '../lib/verify/cli-args';
import { formatOutcome, formatSeconds, isSuccess, type LessonOutcome } from '../lib/verify/judge';
import { isLoadable, loadLessons, type VerifiableLesson } from '../lib/verify/lessons';
import { runLimited } from '../lib/verify/limit';
import { verifyLesson } from '../lib/verify/verify-lesson';

async function main(): Promise<number> {
  const args = parseVerifyArgs(process.argv.slice(2));
  const started = Date.now();
  const { lessons, errors, startersDir } = await loadLessons({}, args.only);
  for (const error of errors) console.log(`✗ ${error}`);
  if (lessons.length === 0) {
    console.log(args.only.length ? `✗ no lesson matches ${args.only.join(', ')}` : '✗ no lessons found under content/');
    return 1;
  }
  const nodeModulesFor = (starter: string) => path.join(startersDir, starter, 'node_modules');
  const check = async (lesson: (typeof lessons)[number]): Promise<LessonOutcome> => {
    if (!isLoadable(lesson)) return { id: lesson.id, error: lesson.error, durationMs: 0 };
    if (!existsSync(path.join(nodeModulesFor(lesson.starter), '.bin', 'vitest'))) {
      return {
        id: lesson.id,
        error: `starters/${lesson.starter} is not installed: run npm install at the repository root`,
        durationMs: 0,
      };
    }
    return verifyLesson(lesson as VerifiableLesson, { nodeModulesFor }).catch((error: Error) => ({
      id: lesson.id,
      error: `verification crashed: ${error.message}`,
      durationMs: 0,
    }));
  };
  let failed = errors.length;
  for (const pending of runLimited(lessons, args.jobs, check)) {
    const outcome = await pending;
    console.log(formatOutcome(outcome));
    if (!isSuccess(outcome)) failed += 1;
  }
  const verdict = failed === 0 ? 'all passed' : `${failed} failed`;
  console.log(`${lessons.length} lesson(s) verified in ${formatSeconds(Date.now() - started)}: ${verdict}`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`✗ verify:content stopped: ${error.message}`);
    process.exitCode = 1;
  },
);

// Verifies one lesson in real Node: the starting files must fail (every task has
// work left), the solution must pass completely.
import { judgeSolution, judgeStart, type LessonOutcome } from './judge';
import type { VerifiableLesson } from './lessons';
import { runVitest, type VitestRun, type VitestRunOptions } from './run-vitest';
import { createWorkspace, removeWorkspace, writeFiles } from './workspace';

export interface VerifyOptions extends VitestRunOptions {
  /** The installed node_modules to link for a starter. */
  nodeModulesFor: (starter: string) => string;
}

function runError(stage: string, run: VitestRun): string {
  return `${stage}: ${run.error}`;
}

/** Starting files, then the solution laid over them, in one workspace. */
export async function verifyLesson(lesson: VerifiableLesson, options: VerifyOptions): Promise<LessonOutcome> {
  const started = Date.now();
  const workspace = await createWorkspace(lesson.files, options.nodeModulesFor(lesson.starter), lesson.id);
  try {
    const startRun = await runVitest(workspace, options);
    if (!startRun.result)
      return { id: lesson.id, error: runError('start', startRun), durationMs: Date.now() - started };
    const start = judgeStart(lesson.tasks, startRun.result);
    await writeFiles(workspace.dir, lesson.solution);
    const solutionRun = await runVitest(workspace, options);
    if (!solutionRun.result) {
      return { id: lesson.id, start, error: runError('solution', solutionRun), durationMs: Date.now() - started };
    }
    const solution = judgeSolution(lesson.tasks, solutionRun.result);
    return { id: lesson.id, start, solution, durationMs: Date.now() - started };
  } finally {
    await removeWorkspace(workspace);
  }
}

/** Only the solved project: what verify:wasm runs under the WebContainer stand-in. */
export async function verifySolution(lesson: VerifiableLesson, options: VerifyOptions): Promise<LessonOutcome> {
  const started = Date.now();
  const files = { ...lesson.files, ...lesson.solution };
  const workspace = await createWorkspace(files, options.nodeModulesFor(lesson.starter), lesson.id);
  try {
    const run = await runVitest(workspace, options);
    if (!run.result) return { id: lesson.id, error: runError('solution', run), durationMs: Date.now() - started };
    return { id: lesson.id, solution: judgeSolution(lesson.tasks, run.result), durationMs: Date.now() - started };
  } finally {
    await removeWorkspace(workspace);
  }
}

// The verify scripts' arguments: lesson ids to keep, and --jobs N (1 or 2 on this
// two-core machine; Vitest already runs a lesson's spec files in parallel).
export interface VerifyArgs {
  only: string[];
  jobs: number;
}

export function parseVerifyArgs(argv: string[]): VerifyArgs {
  const args: VerifyArgs = { only: [], jobs: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const jobs = arg === '--jobs' ? argv[++i] : arg.startsWith('--jobs=') ? arg.slice('--jobs='.length) : undefined;
    if (jobs !== undefined) {
      const value = Number(jobs);
      if (!Number.isInteger(value) || value < 1 || value > 4)
        throw new Error(`--jobs must be a whole number from 1 to 4, got "${jobs}"`);
      args.jobs = value;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option "${arg}"; usage: [--jobs N] [part-slug[/lesson-slug] ...]`);
    } else {
      args.only.push(arg.replace(/\/+$/, ''));
    }
  }
  return args;
}

// Runs before `next build` (and `next dev`): validates and compiles the lessons to
// .generated/content/*.json, which the pages read. Bad content fails the build.
import { runContentCommand } from '../lib/content/content-cli';

process.exitCode = await runContentCommand({ write: true });

// `npm run check:content`: validates every lesson (frontmatter, MDX, tests named by
// tasks, files) and prints each problem as `path:line:col message`. Exit 1 on any.
import { runContentCommand } from '../lib/content/content-cli';

process.exitCode = await runContentCommand({ write: false });

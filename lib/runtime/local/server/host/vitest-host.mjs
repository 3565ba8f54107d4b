// The per-workspace test host: a child process of the workbook server, started
// with the workspace as cwd and a clean environment. It keeps one Vitest instance
// (and, through warm-pool.mjs, one test worker) alive and runs the specs each time
// the server asks, so a rerun costs the tests, not the framework's start-up.
//
// Protocol over the IPC channel (see test-host-protocol.ts):
//   server → host  { type: 'run', changed: string[] }   workspace-relative paths
//   host → server  { type: 'ready' } once, then per run
//                  { type: 'output', data } … { type: 'done', report: string | null, error? }
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { killWarmWorker, warmPool } from './warm-pool.mjs';

const root = process.cwd();
const { reporterPath, reportPath, outputLimit } = JSON.parse(process.argv[2] ?? '{}');
// Folders that never hold the learner's modules: skipping them keeps invalidation cheap.
const NOT_SOURCE = new Set(['node_modules', 'dist', 'coverage']);

function send(message) {
  if (process.connected) process.send(message);
}

/** Forwards Vitest's terminal output to the server while a run is active, up to the cap. */
const output = {
  active: false,
  sent: 0,
  truncated: false,
  begin() {
    this.active = true;
    this.sent = 0;
    this.truncated = false;
  },
  write(text) {
    if (!this.active || this.truncated) return;
    const room = outputLimit - this.sent;
    if (text.length > room) {
      this.truncated = true;
      text = text.slice(0, Math.max(room, 0));
    }
    this.sent += text.length;
    if (text || this.truncated) send({ type: 'output', data: text, truncated: this.truncated });
  },
};

function outputStream() {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      output.write(chunk.toString());
      done();
    },
  });
  stream.isTTY = false;
  return stream;
}

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || NOT_SOURCE.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else files.push(path);
  }
  return files;
}

async function startVitest() {
  const require = createRequire(join(root, 'package.json'));
  const { createVitest } = await import(pathToFileURL(require.resolve('vitest/node')).href);
  const stream = outputStream();
  const vitest = await createVitest(
    'test',
    {
      watch: false,
      // One worker, reused for every spec file and every run: see warm-pool.mjs.
      isolate: false,
      fileParallelism: false,
      maxWorkers: 1,
      pool: warmPool,
      reporters: ['default', resolve(root, reporterPath)],
    },
    // Keep Vite's and Vitest's caches in the workspace, not in the shared node_modules.
    { cacheDir: resolve(root, '.workbook/vite') },
    { stdout: stream, stderr: stream },
  );
  await vitest.standalone();
  return vitest;
}

async function run(vitest, changed) {
  output.begin();
  // The server-side transform cache: only files that changed.
  for (const file of changed) vitest.invalidateFile(resolve(root, file));
  // The worker-side module cache: every learner module, so importers of a changed
  // file and module-level state are re-evaluated. node_modules stay cached.
  for (const file of sourceFiles(root)) vitest.watcher.invalidates.add(file);
  vitest.clearSpecificationsCache();
  const report = resolve(root, reportPath);
  rmSync(report, { force: true });
  const specs = await vitest.globTestSpecifications();
  await vitest.runTestSpecifications(specs, true);
  try {
    return readFileSync(report, 'utf8');
  } catch {
    return null;
  }
}

async function main() {
  const vitest = await startVitest();
  let queue = Promise.resolve();
  process.on('message', (message) => {
    if (message?.type !== 'run') return;
    queue = queue.then(async () => {
      try {
        const report = await run(vitest, message.changed ?? []);
        output.active = false;
        send({ type: 'done', report });
      } catch (error) {
        output.active = false;
        send({ type: 'done', report: null, error: String(error?.stack ?? error) });
      }
    });
  });
  send({ type: 'ready' });
}

function shutdown() {
  killWarmWorker();
  process.exit(0);
}

process.on('disconnect', shutdown);
process.on('SIGTERM', shutdown);
main().catch((error) => {
  const message = { type: 'failed', error: String(error?.stack ?? error) };
  if (process.connected) process.send(message, () => shutdown());
  else shutdown();
});

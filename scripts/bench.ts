// npm run bench [-- <part/lesson>] [--runs N]
//
// Starts the real production server (scripts/serve.ts against .next) on a free
// port in 3200-3299 and drives the local runtime over HTTP exactly as the browser
// does, on a real lesson (compiled by `npm run build`; the first lesson by default).
//   cold = POST /sessions with the lesson's files → POST /test → result
//   warm = PUT an edited file → POST /test → result   (same session)
// Prints medians, one line each: "cold: 1480 ms (median of 20)".
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getLesson, getParts } from '../lib/content/read-generated';
import { generatedDir } from '../lib/content/generated-files';
import type { LessonData } from '../lib/content/types';
import type { RunEvent } from '../lib/runtime/local/protocol';
import type { TestRun } from '../lib/runtime/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 20;
const lessonArg = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePortInRange(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}-${to}.`);
}

function ensureBuild(): void {
  if (
    existsSync(join(root, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID')) &&
    existsSync(join(generatedDir(root), 'index.json'))
  )
    return;
  console.log('No production build: running `npm run build` first…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed.');
}

async function loadLesson(id: string | undefined): Promise<LessonData> {
  const dir = generatedDir(root);
  const lessons = (await getParts('en', dir)).flatMap((part) => part.lessons);
  const ref = id ? lessons.find((lesson) => lesson.id === id) : lessons[0];
  if (!ref) throw new Error(`No lesson "${id}". Known: ${lessons.map((l) => l.id).join(', ')}`);
  const lesson = await getLesson('en', ref.partSlug, ref.lessonSlug, dir);
  if (!lesson) throw new Error(`Lesson ${ref.id} is in the index but its file is missing.`);
  return lesson;
}

async function startServer(port: number): Promise<ChildProcess> {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const server = spawn(tsx, ['scripts/serve.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WORKBOOK_RUNTIME: 'local' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`serve.ts exited with code ${server.exitCode}.`);
    const health = await fetch(`http://127.0.0.1:${port}/api/runtime/health`).catch(() => null);
    if (health?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill('SIGTERM');
  throw new Error('The server did not answer /api/runtime/health within 60 s.');
}

async function request(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

/** POST /test and read the stream to its result, as the browser client does. */
async function runTests(api: string, id: string): Promise<TestRun> {
  const text = await (await request(`${api}/sessions/${id}/test`, { method: 'POST' })).text();
  const last = JSON.parse(text.trim().split('\n').at(-1)!) as RunEvent;
  if (last.type !== 'result') throw new Error('The test stream ended without a result.');
  if (last.run.outcome === 'timeout' || last.run.outcome === 'cancelled')
    throw new Error(`Run ended: ${last.run.message}`);
  return last.run;
}

async function createSession(api: string, lesson: LessonData): Promise<string> {
  const body = JSON.stringify({ lessonId: lesson.id, starter: lesson.starter, files: lesson.files });
  const response = await request(`${api}/sessions`, { method: 'POST', body });
  return ((await response.json()) as { sessionId: string }).sessionId;
}

async function bench(api: string, lesson: LessonData): Promise<void> {
  const cold: number[] = [];
  const outcomes = new Set<string>();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const id = await createSession(api, lesson);
    outcomes.add((await runTests(api, id)).outcome);
    cold.push(performance.now() - started);
    await request(`${api}/sessions/${id}`, { method: 'DELETE' });
  }

  const warm: number[] = [];
  const id = await createSession(api, lesson);
  await runTests(api, id);
  const focus =
    lesson.files[lesson.focus] !== undefined
      ? lesson.focus
      : Object.keys(lesson.files).find((p) => p.startsWith('src/'))!;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const contents = `${lesson.files[focus]}\n// bench edit ${i}\n`;
    await request(`${api}/sessions/${id}/files`, { method: 'PUT', body: JSON.stringify({ path: focus, contents }) });
    outcomes.add((await runTests(api, id)).outcome);
    warm.push(performance.now() - started);
  }
  await request(`${api}/sessions/${id}`, { method: 'DELETE' });

  console.log(`lesson: ${lesson.id} (edited file: ${focus}; outcomes: ${[...outcomes].join(', ')})`);
  console.log(
    `cold: ${median(cold)} ms (median of ${cold.length}; min ${Math.round(Math.min(...cold))}, max ${Math.round(Math.max(...cold))})`,
  );
  console.log(
    `warm: ${median(warm)} ms (median of ${warm.length}; min ${Math.round(Math.min(...warm))}, max ${Math.round(Math.max(...warm))})`,
  );
}

async function main(): Promise<void> {
  ensureBuild();
  const lesson = await loadLesson(lessonArg);
  const port = await freePortInRange(3200, 3299);
  const server = await startServer(port);
  try {
    await bench(`http://127.0.0.1:${port}/api/runtime`, lesson);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

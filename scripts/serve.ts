// Production server: the runtime API (lib/runtime/local/server) plus the built Next app.
//
//   tsx scripts/serve.ts                      serve an existing build (.next/BUILD_ID)
//   tsx scripts/serve.ts --build-if-missing   run `npm run build` first when there is none
//
// HOST (default 127.0.0.1), PORT (default 3000), WORKBOOK_RUNTIME=auto|local|webcontainer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { configFromEnv } from '../lib/runtime/local/server/config';
import { createRuntimeHandler } from '../lib/runtime/local/server/handler';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);

function ensureBuild(): void {
  if (existsSync(join(projectRoot, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) return;
  if (!process.argv.includes('--build-if-missing')) {
    console.error(
      'No production build in .next/. Run `npm run build` first (or `npm start`, which builds when needed).',
    );
    process.exit(1);
  }
  console.log('No production build yet: running `npm run build`…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function main(): Promise<void> {
  ensureBuild();
  const config = configFromEnv(projectRoot);
  const runtime = createRuntimeHandler(config);
  const app = next({ dev: false, dir: projectRoot, hostname: host, port });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    runtime
      .handle(req, res)
      .then((handled) => (handled ? undefined : handleNext(req, res)))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end('Internal error');
      });
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: stopping sessions and the server…`);
    server.close();
    server.closeAllConnections();
    await runtime.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  server.listen(port, host, () => {
    const local = runtime.sessions ? 'local runtime on' : 'local runtime off';
    console.log(`Nest Workbook on http://${host}:${port} (${local}; WORKBOOK_RUNTIME=${config.mode})`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

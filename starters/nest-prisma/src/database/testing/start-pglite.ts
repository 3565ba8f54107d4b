import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const pgliteEntry = createRequire(import.meta.url).resolve(
  '@electric-sql/pglite',
);
const pgliteDir = path.resolve(path.dirname(pgliteEntry), '..');
const cacheDir = path.resolve(pgliteDir, '..', '..', '.cache', 'pglite');

async function clusterFile(): Promise<string> {
  const { version } = JSON.parse(
    await readFile(path.join(pgliteDir, 'package.json'), 'utf8'),
  ) as { version: string };
  // The version is in the name, so upgrading PGlite never loads an old cluster.
  return path.join(cacheDir, `empty-cluster-${version}.tar.gz`);
}

/**
 * Starts an empty in-memory Postgres. A brand-new PGlite first runs initdb,
 * which takes most of its startup time, so the first start saves the empty
 * cluster to node_modules/.cache/pglite and later starts load that copy.
 * It is a cache only: if it is missing or unreadable, PGlite runs initdb.
 */
export async function startPGlite(): Promise<PGlite> {
  const file = await clusterFile();
  const saved = await readFile(file).catch(() => undefined);
  if (saved) {
    const restored = await PGlite.create({
      loadDataDir: new Blob([saved]),
    }).catch(() => undefined);
    if (restored) return restored;
  }
  const db = await PGlite.create();
  await saveCluster(db, file).catch(() => undefined);
  return db;
}

async function saveCluster(db: PGlite, file: string): Promise<void> {
  const dump = await db.dumpDataDir('gzip');
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, so a test file starting at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, file);
}

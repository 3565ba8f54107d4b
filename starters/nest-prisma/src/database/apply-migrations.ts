import { readdir, readFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';

// prisma/migrations sits two folders up from both src/database and dist/database.
const MIGRATIONS_DIR = new URL('../../prisma/migrations/', import.meta.url);

/**
 * Runs every committed prisma/migrations/<name>/migration.sql, oldest first.
 * The folders are named by timestamp, so name order is apply order. This is
 * what `prisma migrate deploy` would do, minus the CLI: the project can create
 * its schema with no engine download and no network.
 */
export async function applyMigrations(db: PGlite): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const sql = await readFile(
      new URL(`${name}/migration.sql`, MIGRATIONS_DIR),
      'utf8',
    );
    await db.exec(sql);
  }
  return names;
}

import type { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../apply-migrations.js';
import { PrismaService } from '../prisma.service.js';
import { startPGlite } from './start-pglite.js';

export interface TestDatabase {
  /** The raw Postgres connection, to check what really reached the tables. */
  db: PGlite;
  prisma: PrismaService;
  /** Empties every table the migrations created, keeping the schema. */
  truncate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real Postgres (PGlite, in this process) with the committed migrations
 * applied. Starting one takes one to a few seconds, so create it once per test
 * file (beforeAll) and call truncate() between tests (beforeEach).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await startPGlite();
  await applyMigrations(db);
  const tables = await db.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  const tableList = tables.rows.map((row) => `"${row.tablename}"`).join(', ');
  const prisma = new PrismaService(db);
  return {
    db,
    prisma,
    truncate: async () => {
      if (tableList) await db.exec(`TRUNCATE ${tableList} CASCADE`);
    },
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

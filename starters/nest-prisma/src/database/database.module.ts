import { Module, OnModuleDestroy } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from './apply-migrations.js';
import { PrismaService } from './prisma.service.js';

/**
 * One in-memory Postgres for the whole app, with the committed migrations
 * applied. The PGlite class itself is the injection token: it is a real class,
 * so it exists at run time (unlike an interface) and tests can override it.
 */
@Module({
  providers: [
    {
      provide: PGlite,
      useFactory: async (): Promise<PGlite> => {
        const db = new PGlite();
        await applyMigrations(db);
        return db;
      },
    },
    PrismaService,
  ],
  exports: [PrismaService],
})
export class DatabaseModule implements OnModuleDestroy {
  constructor(private readonly db: PGlite) {}

  // Runs after PrismaService has disconnected. An open PGlite keeps Node alive.
  async onModuleDestroy(): Promise<void> {
    await this.db.close();
  }
}

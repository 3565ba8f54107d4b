import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';

/**
 * The generated Prisma client, talking to Postgres through a driver adapter.
 * Prisma 7 has no built-in connection: the adapter wraps a driver you create
 * (here PGlite, Postgres compiled to WebAssembly and running in this process;
 * in production usually `new PrismaPg({ connectionString })` from
 * @prisma/adapter-pg). Pool size, timeouts and TLS are that driver's settings,
 * not fields of the Prisma schema.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(db: PGlite) {
    super({ adapter: new PrismaPGlite(db) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

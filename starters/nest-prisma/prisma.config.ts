// Prisma 7 reads its settings here, not from the schema: the connection URL
// is only needed by CLI commands that talk to a database (migrate dev,
// db pull). At run time the app hands PrismaClient a driver adapter instead,
// and any connection pool belongs to that driver.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL },
});

// Run by local-services.spec.ts in a plain node process (PGlite loads its WebAssembly with import(),
// which Jest's module system does not do): resolve the database with no Postgres to find, migrate
// it, and print what it found as one JSON line.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runMigrationsLocked } from '../database/migrate';
import { buildTypeOrmOptions } from '../database/typeorm-options';
import { resolveDatabase } from './local-postgres';

async function main(): Promise<void> {
  const [pgliteDir] = process.argv.slice(2);
  const database = await resolveDatabase({ databaseName: 'unused', pgliteDir });
  const dataSource = new DataSource(buildTypeOrmOptions({ url: database.url, poolSize: 3, connectTimeoutMs: 5_000, migrateOnStart: true, logQueries: false }));
  await dataSource.initialize();
  const applied = await runMigrationsLocked(dataSource);
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM audits');
  const [{ shared_buffers: sharedBuffers }] = await dataSource.query('SHOW shared_buffers');
  await dataSource.destroy();
  await database.stop();
  process.stdout.write(`${JSON.stringify({ description: database.description, embedded: database.embedded, applied, count, sharedBuffers })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

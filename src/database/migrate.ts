import type { DataSource } from 'typeorm';

/** Any constant shared by every Citra process; pg_advisory_lock serialises concurrent start-ups on it. */
const MIGRATION_LOCK_ID = 727_001;

/**
 * Runs pending migrations under a Postgres advisory lock, so an API and several workers starting
 * together apply each migration once.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lockRunner.release();
  }
}

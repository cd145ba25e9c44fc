import type { DataSource } from 'typeorm';

export interface MigrationState {
  name: string;
  applied: boolean;
}

/** Every migration this build knows, oldest first, and whether the database has it. */
export async function migrationStates(dataSource: DataSource): Promise<MigrationState[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const exists: { present: boolean }[] = await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
  const rows: { name: string }[] = exists[0]?.present ? await dataSource.query(`SELECT name FROM "${table}"`) : [];
  const applied = new Set(rows.map((row) => row.name));
  return dataSource.migrations.map((migration) => {
    const name = migration.name ?? migration.constructor.name;
    return { name, applied: applied.has(name) };
  });
}

/** Reverts the newest applied migration; returns its name, or undefined when none is applied. */
export async function revertLastMigration(dataSource: DataSource): Promise<string | undefined> {
  const last = (await migrationStates(dataSource)).filter((state) => state.applied).pop();
  if (last) await dataSource.undoLastMigration({ transaction: 'each' });
  return last?.name;
}

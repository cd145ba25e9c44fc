import { DataSource } from 'typeorm';
import { databaseConfig } from '../../src/config/database.config';
import { runMigrationsLocked } from '../../src/database/migrate';
import { buildTypeOrmOptions } from '../../src/database/typeorm-options';
import { MIGRATIONS } from '../../migrations';
import { createTestEnvironment, type TestEnvironment } from './support/test-app';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('Migrations', () => {
  let env: TestEnvironment;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await createTestEnvironment();
    dataSource = await new DataSource(buildTypeOrmOptions(databaseConfig())).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await env?.destroy();
  });

  it('run on an empty database, twice at once, and every one is undone by migration:revert', async () => {
    expect(await userTables(dataSource)).toEqual([]);
    const [first, second] = await Promise.all([runMigrationsLocked(dataSource), runMigrationsLocked(dataSource)]);
    expect([...first, ...second].sort()).toEqual(MIGRATIONS.map((migration) => migration.name).sort());
    expect(await userTables(dataSource)).toEqual(expect.arrayContaining(['audits', 'migrations']));
    expect(await dataSource.showMigrations()).toBe(false);

    for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration();
    expect(await userTables(dataSource)).toEqual(['migrations']);
  });
});

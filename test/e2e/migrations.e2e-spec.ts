import { DataSource } from 'typeorm';
import { databaseConfig } from '../../src/config/database.config';
import { runMigrationsLocked } from '../../src/database/migrate';
import { buildTypeOrmOptions } from '../../src/database/typeorm-options';
import { MIGRATIONS } from '../../migrations';
import { CompressAuditJson1795710000000 } from '../../migrations/1795710000000-CompressAuditJson';
import { createTestEnvironment, type TestEnvironment } from './support/test-app';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** The compression method of each jsonb column of audits ('l' lz4, '' the server's default). */
async function auditJsonCompression(dataSource: DataSource): Promise<Record<string, string>> {
  const rows: { attname: string; attcompression: string }[] = await dataSource.query(
    `SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'audits'::regclass AND attname IN ('profile', 'report')`,
  );
  return Object.fromEntries(rows.map((row) => [row.attname, row.attcompression]));
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
    // The test Postgres is built with lz4 (Debian's and the official images are).
    expect(await auditJsonCompression(dataSource)).toEqual({ profile: 'l', report: 'l' });

    const runner = dataSource.createQueryRunner();
    try {
      await new CompressAuditJson1795710000000().down(runner);
      expect(await auditJsonCompression(dataSource)).toEqual({ profile: '', report: '' });
      await new CompressAuditJson1795710000000().up(runner);
    } finally {
      await runner.release();
    }

    for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration();
    expect(await userTables(dataSource)).toEqual(['migrations']);
  });
});

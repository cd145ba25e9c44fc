import type { Pool, QueryResult, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a named (prepared) statement on TypeORM's own pg pool: Postgres parses and plans it once per
 * connection instead of on every call. For the few statements every request or job runs; errors are
 * node-postgres's own (with `code`), which dependency-errors.ts reads like TypeORM's.
 */
export function prepared<Row extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<QueryResult<Row>> {
  // TypeORM's PostgresDriver keeps its pg Pool as `master` (untyped in its declarations).
  const pool = (db.driver as unknown as { master: Pool }).master;
  return pool.query<Row>({ name, text, values });
}

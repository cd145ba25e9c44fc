import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/** A number per pooled connection, so that each connection's statement names are its own (see below). */
const connectionIds = new WeakMap<PoolClient, number>();
let nextConnectionId = 0;

/**
 * Runs a named (prepared) statement on TypeORM's own pg pool: Postgres parses and plans it once per
 * connection instead of on every call. For the few statements every request or job runs; errors are
 * node-postgres's own (with `code`), which dependency-errors.ts reads like TypeORM's.
 *
 * The name carries the connection's number: embedded PGlite (npm start without a Postgres) serves
 * every connection from one session, where a name prepared by one connection already exists for the
 * next (42P05) although node-postgres, which tracks names per connection, does not know it.
 */
export async function prepared<Row extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<QueryResult<Row>> {
  // TypeORM's PostgresDriver keeps its pg Pool as `master` (untyped in its declarations).
  const pool = (db.driver as unknown as { master: Pool }).master;
  const connection = await pool.connect();
  let id = connectionIds.get(connection);
  if (id === undefined) connectionIds.set(connection, (id = nextConnectionId++));
  try {
    const result = await connection.query<Row>({ name: `${name}-${id}`, text, values });
    connection.release();
    return result;
  } catch (error) {
    // A statement the server refused (a unique violation) leaves the connection usable; one that
    // failed on the way there, or a FATAL, does not: it is dropped instead of handed out again.
    const severity = (error as { severity?: unknown } | null)?.severity;
    const usable = typeof severity === 'string' && severity !== 'FATAL' && severity !== 'PANIC';
    connection.release(usable ? undefined : error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

import type { PoolClient, QueryResult, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/** A number per pooled connection, so that each connection's statement names are its own (see below). */
const connectionIds = new WeakMap<PoolClient, number>();
let nextConnectionId = 0;

/**
 * Runs a named (prepared) statement on TypeORM's own pg pool: Postgres parses and plans it once per
 * connection instead of on every call. For the few statements every request or job runs; errors are
 * node-postgres's own (with `code`), which dependency-errors.ts reads like TypeORM's.
 *
 * The connection comes from a QueryRunner, TypeORM's documented way to hold one pooled connection
 * (`connect()` returns the driver's connection: for Postgres, node-postgres's client). A connection
 * that broke is not handed out again: the runner releases it with its error, and pg-pool drops a
 * client that is no longer queryable.
 *
 * The name carries the connection's number: embedded PGlite (npm start without a Postgres) serves
 * every connection from one session, where a name prepared by one connection already exists for the
 * next (42P05) although node-postgres, which tracks names per connection, does not know it.
 */
export async function prepared<Row extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<QueryResult<Row>> {
  const runner = db.createQueryRunner('master');
  try {
    const connection = (await runner.connect()) as PoolClient;
    let id = connectionIds.get(connection);
    if (id === undefined) connectionIds.set(connection, (id = nextConnectionId++));
    return await connection.query<Row>({ name: `${name}-${id}`, text, values });
  } finally {
    await runner.release();
  }
}

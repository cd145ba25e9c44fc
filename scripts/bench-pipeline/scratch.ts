import { Redis } from 'ioredis';
import { Client } from 'pg';

/** What the benchmark scripts create for a run (a database, Redis keys under a prefix) and drop on any exit. */

/** The URL of database `name` on the server `DATABASE_URL` names (default: local, trust auth). */
export function databaseUrlOn(name: string): string {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  return Object.assign(server, { pathname: `/${name}` }).href;
}

/** Runs one statement on database `database` with a connection of its own. */
export async function onDatabase(database: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrlOn(database) });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops database `name`, closing its connections. */
export function dropDatabase(name: string): Promise<void> {
  return onDatabase('postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Deletes every key of the Redis at `redisUrl` that starts with `prefix`. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface ResolvedDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

export interface DatabaseSearch {
  /** DATABASE_URL, when the user set one. */
  configuredUrl?: string;
  /** A Postgres server to use when it answers. */
  localServer: string;
  /** Where PGlite keeps its files. */
  pgliteDir: string;
}

export const DEFAULT_DATABASE_SEARCH: DatabaseSearch = {
  configuredUrl: process.env.DATABASE_URL,
  localServer: 'postgres://postgres@127.0.0.1:5432',
  pgliteDir: resolve(process.cwd(), '.data/pglite'),
};

const DATABASE_NAME = 'citra';
/** PGlite serves one query at a time; the socket server multiplexes this many client connections. */
const PGLITE_CONNECTIONS = 8;

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** PGlite: real Postgres compiled to WebAssembly, in this process, data kept under `.data/pglite`. */
async function startPglite(dataDir: string): Promise<ResolvedDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: PGLITE_CONNECTIONS });
  await server.start();
  process.env.DATABASE_POOL_SIZE ??= String(PGLITE_CONNECTIONS - 2);
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    description: `embedded PGlite (data in ${dataDir})`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** DATABASE_URL when set; else a Postgres on 127.0.0.1:5432; else embedded PGlite. */
export async function resolveDatabase(search = DEFAULT_DATABASE_SEARCH): Promise<ResolvedDatabase> {
  const { configuredUrl, localServer } = search;
  if (configuredUrl) return { url: configuredUrl, description: 'DATABASE_URL', stop: async () => undefined };
  if (await answers(`${localServer}/postgres`)) {
    await ensureDatabase(localServer, DATABASE_NAME);
    return {
      url: `${localServer}/${DATABASE_NAME}`,
      description: `local Postgres at ${localServer}, database ${DATABASE_NAME}`,
      stop: async () => undefined,
    };
  }
  return startPglite(search.pgliteDir);
}

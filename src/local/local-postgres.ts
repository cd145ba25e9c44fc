import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Client } from 'pg';
import { describeVariable } from '../config/env-file';
import { CannotStartError, databaseUnreachableMessage, describeError, redactUrl } from '../startup-error';

export interface ResolvedDatabase {
  url: string;
  /** For the start-up log: which Postgres, and why that one. */
  description: string;
  /** PGlite in this process: one writer, a small connection pool. */
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseSearch {
  /** DATABASE_URL, when set in the environment or `.env`: used as it is, or the start is refused. */
  configuredUrl?: string;
  /** A Postgres server to use when it answers (no database part); undefined: do not look. */
  localServer?: string;
  /** The database npm start creates and uses on that server (per checkout). */
  databaseName: string;
  /** Where PGlite keeps its files. */
  pgliteDir: string;
}

/**
 * PGlite is one Postgres backend; the socket server queues every client's queries onto it. A few
 * connections are plenty, and each costs memory in the pool and the server.
 */
export const PGLITE_POOL_SIZE = 3;
const PGLITE_CONNECTIONS = PGLITE_POOL_SIZE + 2;
/**
 * Postgres settings for the embedded server, on top of PGlite's own start parameters. The default
 * shared_buffers (128 MB) is touched in full inside the WebAssembly memory, which never shrinks;
 * 16 MB is ample for a laptop's data and cuts the process's RSS by more than half (README, "What
 * runs where").
 */
const PGLITE_SETTINGS = ['shared_buffers=16MB', 'temp_buffers=2MB', 'wal_buffers=1MB', 'maintenance_work_mem=16MB'];
const CONNECT_TIMEOUT_MS = 3_000;
const INVALID_CATALOG_NAME = '3D000';

/** DATABASE_URL when set; else a Postgres on the local server (its own database, created if absent); else embedded PGlite. */
export async function resolveDatabase(search: DatabaseSearch): Promise<ResolvedDatabase> {
  if (search.configuredUrl) return useConfigured(search.configuredUrl);
  if (search.localServer && !(await connectError(withDatabase(search.localServer, 'postgres')))) {
    const url = withDatabase(search.localServer, search.databaseName);
    await createDatabaseIfMissing(url);
    return {
      url,
      description: `local Postgres at ${hostOf(search.localServer)}, database ${search.databaseName} (this checkout's own)`,
      embedded: false,
      stop: async () => undefined,
    };
  }
  return startPglite(search.pgliteDir);
}

async function useConfigured(url: string): Promise<ResolvedDatabase> {
  const problem = await connectError(url);
  if (problem && (problem as { code?: string }).code === INVALID_CATALOG_NAME) await createDatabaseIfMissing(url);
  else if (problem) {
    throw new CannotStartError(
      `${databaseUnreachableMessage(url, problem)} Without DATABASE_URL, npm start uses a Postgres on 127.0.0.1:5432 when one answers, else its embedded one.`,
    );
  }
  return { url, description: `${describeVariable('DATABASE_URL')}: ${redactUrl(url)}`, embedded: false, stop: async () => undefined };
}

/** The error connecting to `url` gives, or undefined when it connects. */
async function connectError(url: string): Promise<unknown> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return error ?? new Error('connection failed');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // Two starters at once: the other one created it.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/** PGlite: real Postgres compiled to WebAssembly, in this process, data kept in `dataDir`. */
async function startPglite(dataDir: string): Promise<ResolvedDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  mkdirSync(dataDir, { recursive: true });
  let db: InstanceType<typeof PGlite>;
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseInChild(dataDir);
    db = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((setting) => ['-c', setting])] });
  } catch (error) {
    throw new CannotStartError(
      `the embedded database in ${dataDir} did not open (${describeError(error)}). If it was damaged, move that folder aside and start again: Citra creates a new, empty one.`,
    );
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: PGLITE_CONNECTIONS });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    description: `embedded PGlite, data in ${dataDir}`,
    embedded: true,
    stop: async () => {
      await server.stop();
      // Shuts Postgres down: a checkpoint writes everything to the data folder.
      await db.close();
    },
  };
}

/** PGlite's initdb, in a child process that gives its memory back when it exits. */
async function initialiseInChild(dataDir: string): Promise<void> {
  // Under Jest and ts tooling this file is TypeScript, with a loader in execArgv the child reuses.
  const script = join(__dirname, `pglite-init${extname(__filename)}`);
  const child = spawn(process.execPath, [...process.execArgv, script, dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`initdb failed: ${errors.trim() || `exit ${code}`}`);
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function hostOf(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.hostname}:${url.port || 5432}`;
}

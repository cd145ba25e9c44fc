import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/local/local-redis';

/** A Postgres server of the test's own, which the test may stop and start (the shared one is never touched). */
export interface PrivateCluster {
  /** URL of a database on this server (user postgres, trust auth). */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** Fast shutdown (SIGINT, as `pg_ctl stop -m fast`): sessions are cut, nothing committed is lost. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it and removes its files. */
  destroy(): Promise<void>;
}

/** PG_BIN_DIR, else the newest /usr/lib/postgresql/N/bin, else `pg_config --bindir`. */
function postgresBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No Postgres server binaries (initdb, postgres) found: install postgresql or set PG_BIN_DIR');
  }
}

/** Postgres refuses to run as root: under root the server runs as the `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const entry = readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('postgres:'));
  if (!entry) throw new Error('Running as root, but there is no postgres user to run a private Postgres as');
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function untilAccepting(url: string, server: ChildProcess): Promise<void> {
  for (let tries = 0; ; tries += 1) {
    if (server.exitCode !== null) throw new Error(`the private Postgres exited with code ${server.exitCode}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (tries > 300) throw new Error(`the private Postgres did not start: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** initdb in a temporary folder, then a postgres child process on a free port (a few seconds). */
export async function startPostgresCluster(): Promise<PrivateCluster> {
  const bin = postgresBinDir();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'citra-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'], {
    stdio: 'ignore',
    ...user,
  });
  const port = await freePort();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let server: ChildProcess | undefined;
  const running = () => server !== undefined && server.exitCode === null && server.signalCode === null;
  const killOnExit = () => server?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const start = async () => {
    if (running()) return;
    server = spawn(
      join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100'],
      { stdio: 'ignore', ...user },
    );
    await untilAccepting(url('postgres'), server);
  };
  const stop = async () => {
    if (!running()) return;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server!.kill('SIGINT');
    await exited;
  };

  await start();
  return {
    url,
    createDatabase: async (name) => {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
    },
    stop,
    start,
    destroy: async () => {
      await stop();
      process.off('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { CannotStartError } from '../startup-error';
import { isRunning } from './processes';
import { resolveDatabase } from './local-postgres';
import { resolveRedis } from './local-redis';

/** Nothing listens on port 1, so these stand for "nothing answers there". */
const NO_POSTGRES = 'postgres://postgres@127.0.0.1:1';
const NO_REDIS = 'redis://127.0.0.1:1';
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432';

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: `${LOCAL_POSTGRES}/postgres` });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

async function dropDatabase(name: string): Promise<void> {
  const client = new Client({ connectionString: `${LOCAL_POSTGRES}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
}

describe('npm start: where Postgres and Redis come from', () => {
  it('falls back to embedded PGlite, with the migrated schema in its data folder and small buffers', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'citra-pglite-'));
    try {
      const output = execFileSync(
        process.execPath,
        ['-r', require.resolve('../../test/support/swc-register.js'), join(__dirname, 'pglite-smoke.fixture.ts'), dataDir],
        { encoding: 'utf8', timeout: 120_000 },
      );
      const result = JSON.parse(output.trim().split('\n').pop()!);
      expect(result).toMatchObject({ embedded: true, count: 0, sharedBuffers: '16MB' });
      expect(result.description).toContain(`embedded PGlite, data in ${dataDir}`);
      expect(result.applied.length).toBeGreaterThan(0);
      expect(readdirSync(dataDir)).toContain('PG_VERSION');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("uses a local Postgres with this checkout's own database, created when absent", async () => {
    const name = `citra_spec_${randomBytes(4).toString('hex')}`;
    try {
      const database = await resolveDatabase({ localServer: LOCAL_POSTGRES, databaseName: name, pgliteDir: '/nonexistent' });
      expect(database).toMatchObject({ url: `${LOCAL_POSTGRES}/${name}`, embedded: false });
      expect(database.description).toBe(`local Postgres at 127.0.0.1:5432, database ${name} (this checkout's own)`);
      expect(await databaseExists(name)).toBe(true);
    } finally {
      await dropDatabase(name);
    }
  });

  it('uses DATABASE_URL as given, creating its database on a server that answers', async () => {
    const name = `citra_spec_${randomBytes(4).toString('hex')}`;
    try {
      const database = await resolveDatabase({ configuredUrl: `${LOCAL_POSTGRES}/${name}`, localServer: NO_POSTGRES, databaseName: 'x', pgliteDir: '/x' });
      expect(database.url).toBe(`${LOCAL_POSTGRES}/${name}`);
      expect(await databaseExists(name)).toBe(true);
    } finally {
      await dropDatabase(name);
    }
  });

  it('refuses a DATABASE_URL or REDIS_URL where nothing answers, naming the variable, instead of looking elsewhere', async () => {
    const database = resolveDatabase({ configuredUrl: `${NO_POSTGRES}/citra`, localServer: LOCAL_POSTGRES, databaseName: 'x', pgliteDir: '/x' });
    await expect(database).rejects.toThrow(CannotStartError);
    await expect(database).rejects.toThrow(/^DATABASE_URL is postgres:\/\/postgres@127\.0\.0\.1:1\/citra, and it did not answer \(.*ECONNREFUSED/);
    const redis = resolveRedis({ configuredUrl: NO_REDIS, localUrl: 'redis://127.0.0.1:6379' });
    await expect(redis).rejects.toThrow(/^REDIS_URL is redis:\/\/127\.0\.0\.1:1, and it did not answer .*Start that Redis or fix REDIS_URL/);
  });

  it('starts a redis-server child (noeviction, own process group) and stops it again', async () => {
    const redis = await resolveRedis({ localUrl: NO_REDIS });
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    try {
      expect(redis.description).toContain('redis-server started by Citra');
      expect(await client.ping()).toBe('PONG');
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      // Its own process group: a Ctrl-C in the terminal reaches Citra, which stops it last.
      expect(execFileSync('ps', ['-o', 'pgid=', '-p', String(redis.childPid)], { encoding: 'utf8' }).trim()).toBe(String(redis.childPid));
    } finally {
      client.disconnect();
      await redis.stop();
    }
    expect(isRunning(redis.childPid!)).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { resolveDatabase } from './local-postgres';
import { resolveRedis } from './local-redis';

/** Nothing listens on port 1, so these stand for "no local server answers". */
const NO_POSTGRES = 'postgres://postgres@127.0.0.1:1';
const NO_REDIS = 'redis://127.0.0.1:1';

describe('npm start fallbacks when no Postgres or Redis answers', () => {
  it('serves the migrated schema from embedded PGlite, kept in its data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'citra-pglite-'));
    try {
      const output = execFileSync(
        process.execPath,
        ['-r', require.resolve('../../test/support/swc-register.js'), join(__dirname, 'pglite-smoke.fixture.ts'), NO_POSTGRES, dataDir],
        { encoding: 'utf8', timeout: 120_000 },
      );
      const result = JSON.parse(output.trim().split('\n').pop()!);
      expect(result.description).toContain('PGlite');
      expect(result.applied.length).toBeGreaterThan(0);
      expect(result.count).toBe(0);
      expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('starts a redis-server child process and stops it again', async () => {
    const redis = await resolveRedis(undefined, NO_REDIS);
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    try {
      expect(redis.description).toContain('redis-server started by Citra');
      expect(await client.ping()).toBe('PONG');
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    } finally {
      client.disconnect();
      await redis.stop();
    }
  });

  it('prefers the URLs the user set', async () => {
    expect((await resolveDatabase({ configuredUrl: 'postgres://db/x', localServer: NO_POSTGRES, pgliteDir: '/nonexistent' })).url).toBe(
      'postgres://db/x',
    );
    expect((await resolveRedis('redis://cache:6379', NO_REDIS)).url).toBe('redis://cache:6379');
  });
});

import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../../../src/app.module';
import { configureHttpApp } from '../../../src/http/configure-http';
import { WorkerModule } from '../../../src/worker.module';
import { type PrivateCluster, startPostgresCluster } from '../../../scripts/faults/private-postgres';
import { startRedisServer, type ThrowAwayRedis } from '../../../scripts/faults/private-redis';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './test-database';

export interface TestEnvironment {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Removes the database and every Redis key of this environment, and stops any server it started. */
  destroy(): Promise<void>;
}

export interface EnvironmentOptions {
  /** A Postgres server of the test's own (initdb in a temporary folder), which it may stop and start. */
  privatePostgres?: true;
  /** A persistent redis-server of the test's own, which it may crash, restart or flush. */
  privateRedis?: true;
  /** More settings for the app under test, exported to process.env with the connection ones. */
  settings?: Record<string, string>;
}

export type PrivatePostgresEnvironment = TestEnvironment & { postgres: PrivateCluster };
export type PrivateRedisEnvironment = TestEnvironment & { redis: ThrowAwayRedis };

/** Settings of the fault tests: the reconciler every second, two jobs at a time per worker. */
export const FAULT_SETTINGS = { AUDIT_RECONCILE_EVERY_MS: '1000', WORKER_CONCURRENCY: '2' } as const;

/**
 * A throw-away database and Redis key prefix, exported to process.env for the app's config: a new
 * database on the shared server and a prefix on the shared Redis, or servers of the test's own.
 */
export async function createTestEnvironment(options: EnvironmentOptions & { privatePostgres: true; privateRedis: true }): Promise<PrivatePostgresEnvironment & PrivateRedisEnvironment>;
export async function createTestEnvironment(options: EnvironmentOptions & { privatePostgres: true }): Promise<PrivatePostgresEnvironment>;
export async function createTestEnvironment(options: EnvironmentOptions & { privateRedis: true }): Promise<PrivateRedisEnvironment>;
export async function createTestEnvironment(options?: EnvironmentOptions): Promise<TestEnvironment>;
export async function createTestEnvironment(options: EnvironmentOptions = {}): Promise<TestEnvironment & { postgres?: PrivateCluster; redis?: ThrowAwayRedis }> {
  const queuePrefix = `citra-test-${randomBytes(5).toString('hex')}`;
  const cleanups: (() => Promise<unknown>)[] = [];
  const destroy = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const postgres = options.privatePostgres ? await startPostgresCluster() : undefined;
    let databaseUrl: string;
    if (postgres) {
      cleanups.push(() => postgres.destroy());
      await postgres.createDatabase('citra');
      databaseUrl = postgres.url('citra');
    } else {
      const database: TestDatabase = await createTestDatabase();
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
    const redis = options.privateRedis ? await startRedisServer({ persistent: true }) : undefined;
    if (redis) cleanups.push(() => redis.destroy());
    else cleanups.push(() => deleteRedisKeys(`${queuePrefix}:*`));
    const redisUrl = redis?.url ?? TEST_REDIS_URL;
    Object.assign(process.env, { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: queuePrefix, ...options.settings });
    return { databaseUrl, redisUrl, queuePrefix, postgres, redis, destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}

/** Boots the real AppModule with the real HTTP set-up. `quiet`: errors only (fault tests expect many warnings). */
export async function startTestApp(options: { workers: boolean; quiet?: boolean }): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ workers: options.workers })] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: options.quiet ? ['error'] : ['error', 'warn'] });
  configureHttpApp(app);
  await app.init();
  return app;
}

/** A worker process's module, without HTTP, as worker.ts starts it. */
export async function startTestWorker() {
  return NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
}

export async function deleteRedisKeys(pattern: string): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

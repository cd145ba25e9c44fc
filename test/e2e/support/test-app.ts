import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../../../src/app.module';
import { configureHttpApp } from '../../../src/http/configure-http';
import { WorkerModule } from '../../../src/worker.module';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './test-database';

export interface TestEnvironment {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Removes the database and every Redis key of this environment. */
  destroy(): Promise<void>;
}

/** A throw-away database and Redis key prefix, exported to process.env for the app's config. */
export async function createTestEnvironment(): Promise<TestEnvironment> {
  const database: TestDatabase = await createTestDatabase();
  const queuePrefix = `citra-test-${randomBytes(5).toString('hex')}`;
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = TEST_REDIS_URL;
  process.env.QUEUE_PREFIX = queuePrefix;
  return {
    databaseUrl: database.url,
    redisUrl: TEST_REDIS_URL,
    queuePrefix,
    destroy: async () => {
      await deleteRedisKeys(`${queuePrefix}:*`);
      await database.drop();
    },
  };
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

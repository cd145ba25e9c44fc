import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import request from 'supertest';
import { AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { redisConfig } from '../../src/config/redis.config';
import { StartupRefusedError, verifyRedisEvictionPolicy } from '../../src/health/redis-eviction-policy';
import { startApi } from '../../src/main';
import { startWorker } from '../../src/worker';
import { createAccount } from './support/auth';
import { type ThrowAwayRedis, startRedisServer } from '../../scripts/faults/private-redis';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';

const PROFILE = { sources: [{ platform: 'x', about: 'Backend engineer. Go, Postgres, Kubernetes.' }] };

async function keysIn(url: string): Promise<number> {
  const redis = new Redis(url);
  try {
    return await redis.dbsize();
  } finally {
    redis.disconnect();
  }
}

describe('Redis safety at start-up', () => {
  let env: TestEnvironment;
  let evicting: ThrowAwayRedis;

  beforeAll(async () => {
    env = await createTestEnvironment();
    evicting = await startRedisServer({ maxmemoryPolicy: 'allkeys-lru' });
  });

  afterAll(async () => {
    process.env.REDIS_URL = env.redisUrl;
    delete process.env.REDIS_ALLOW_EVICTION;
    await evicting?.stop();
    await env?.destroy();
  });

  it('the API (and npm start) and the worker refuse a Redis that may evict keys, saying why, before touching it', async () => {
    process.env.REDIS_URL = evicting.url;
    const refusal = /maxmemory-policy=allkeys-lru[\s\S]*BullMQ needs noeviction[\s\S]*REDIS_ALLOW_EVICTION=true/;
    await expect(startApi({ workers: true })).rejects.toThrow(refusal);
    await expect(startWorker()).rejects.toThrow(refusal);
    await expect(startApi({ workers: true })).rejects.toBeInstanceOf(StartupRefusedError);
    expect(await keysIn(evicting.url)).toBe(0);
  });

  it('starts anyway with REDIS_ALLOW_EVICTION=true', async () => {
    process.env.REDIS_URL = evicting.url;
    process.env.REDIS_ALLOW_EVICTION = 'true';
    await expect(verifyRedisEvictionPolicy()).resolves.toBe('allkeys-lru');
    const app = await startTestApp({ workers: false });
    try {
      const health = await request(app.getHttpServer()).get('/health');
      expect(health.body.details.redis).toMatchObject({ status: 'up', maxmemoryPolicy: 'allkeys-lru' });
    } finally {
      await app.close();
      delete process.env.REDIS_ALLOW_EVICTION;
    }
  });

  it('rejects a REDIS_ALLOW_EVICTION that is not a boolean, naming the variable', () => {
    process.env.REDIS_ALLOW_EVICTION = 'sometimes';
    expect(() => redisConfig()).toThrow(/REDIS_ALLOW_EVICTION/);
    delete process.env.REDIS_ALLOW_EVICTION;
  });
});

describe('Finished jobs are removed by count so Redis memory stays bounded', () => {
  let env: TestEnvironment;
  let app: INestApplication;

  beforeAll(async () => {
    env = await createTestEnvironment();
    process.env.QUEUE_KEEP_COMPLETED = '2';
    process.env.QUEUE_KEEP_FAILED = '1';
    app = await startTestApp({ workers: true });
  });

  afterAll(async () => {
    delete process.env.QUEUE_KEEP_COMPLETED;
    delete process.env.QUEUE_KEEP_FAILED;
    await app?.close();
    await env?.destroy();
  });

  it('keeps at most QUEUE_KEEP_COMPLETED completed and QUEUE_KEEP_FAILED failed jobs, while the audits keep their results', async () => {
    const candidate = await createAccount(app, 'candidate');
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await request(app.getHttpServer()).post('/api/v1/audits').set(candidate.auth).send(PROFILE).expect(202);
      ids.push(response.body.id);
    }
    for (const id of ids) {
      await waitFor(async () => {
        const audit = await request(app.getHttpServer()).get(`/api/v1/audits/${id}`).set(candidate.auth);
        return audit.body.status === 'completed' ? true : undefined;
      }, 20_000, `audit ${id} to complete`);
    }
    const queue = app.get<Queue>(getQueueToken(AUDIT_QUEUE), { strict: false });
    const counts = await queue.getJobCounts('completed', 'failed');
    expect(counts.completed).toBeLessThanOrEqual(2);
    const kept = await queue.getJobs('completed', 0, -1);
    // The newest audits are the ones kept; the older jobs are gone from Redis.
    expect(kept.map((job) => job.id)).toEqual(expect.arrayContaining([ids[4]]));
    expect(await queue.getJob(ids[0]!)).toBeUndefined();
    const schedulers = await queue.getJobSchedulers();
    const sweep = schedulers.find((scheduler) => scheduler.key === 'sweep-queued-audits');
    expect(sweep).toBeDefined();
    const nextSweep = (await queue.getDelayed()).find((job) => job.repeatJobKey === 'sweep-queued-audits');
    expect(nextSweep?.opts.removeOnComplete).toEqual({ age: 86_400, count: 2 });
  });
});

import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AUDIT_QUEUE, SWEEP_SCHEDULER_ID } from '../../../src/audits/audit-queue.contract';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../support/auth';
import { finalStatusCounts, listen, sleep, statusCounts, type Submission, statusesThrough, submitSteadily } from '../support/load';
import { startRedisServer, type ThrowAwayRedis } from '../../../scripts/faults/private-redis';
import { startTestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const PROFILE = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/examples/strong-en.json'), 'utf8'));

/**
 * A private, persistent redis-server is crashed and restarted, then flushed, under a steady load
 * of submissions, with the API and a worker running. Promise: every 202 ends completed, and the API
 * answers while Redis is away instead of waiting for it.
 */
describe('Redis restarted, and Redis flushed, under load', () => {
  let database: TestDatabase;
  let redis: ThrowAwayRedis;
  let app: INestApplication;
  let candidate: TestAccount;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await startRedisServer({ persistent: true });
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `citra-test-${randomBytes(5).toString('hex')}`,
      AUDIT_RECONCILE_EVERY_MS: '1000',
      WORKER_CONCURRENCY: '2',
    });
    app = await startTestApp({ workers: true, quiet: true });
    baseUrl = await listen(app);
    candidate = await createAccount(app, 'candidate');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await redis?.destroy();
    await database?.drop();
  });

  const load = (count: number) =>
    submitSteadily({
      baseUrl,
      token: candidate.token,
      count,
      perSecond: 20,
      body: (index) => JSON.stringify({ ...PROFILE, targetRole: `data analyst ${index}` }),
    });

  const acceptedIds = (submissions: Submission[]) => submissions.filter((entry) => entry.status === 202).map((entry) => entry.auditId!);

  it('keeps answering 202 while Redis is down (sign-in: 503 at once), and completes every audit once it is back', async () => {
    const submitting = load(200);
    await sleep(2_000);
    await redis.stop();
    const outage = { from: Date.now(), to: 0 };
    await sleep(2_000);
    const signIn = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: candidate.email, password: TEST_PASSWORD }),
    });
    await sleep(2_000);
    await redis.start();
    outage.to = Date.now();
    const submissions = await submitting;

    expect(statusCounts(submissions)).toEqual({ 202: 200 });
    // Submissions sent while Redis was down were answered before it came back: nothing waited for Redis.
    const duringOutage = submissions.filter((entry) => entry.sentAt > outage.from && entry.sentAt < outage.to - 1_000);
    expect(duringOutage.length).toBeGreaterThan(20);
    expect(duringOutage.filter((entry) => entry.answeredAt >= outage.to)).toEqual([]);
    // Sign-in counts failures in Redis: without it, it says so at once instead of answering 500 or hanging.
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('5');

    const accepted = acceptedIds(submissions);
    expect(await finalStatusCounts(accepted, statusesThrough(app.get(DataSource)), 40_000)).toEqual({ completed: 200 });
  }, 90_000);

  it('completes every audit after a FLUSHALL wiped its job, the waiting backlog and the reconcile schedule', async () => {
    const queue = app.get<Queue>(getQueueToken(AUDIT_QUEUE), { strict: false });
    const submitting = load(160);
    await sleep(1_500);
    // Hold the jobs back so that a backlog waits in Redis when it is flushed.
    await queue.pause();
    await sleep(2_500);
    const client = new Redis(redis.url);
    const waitingAtFlush = await queue.getWaitingCount();
    await client.flushall();
    client.disconnect();
    const submissions = await submitting;

    expect(waitingAtFlush).toBeGreaterThan(20);
    expect(statusCounts(submissions)).toEqual({ 202: 160 });
    expect(await finalStatusCounts(acceptedIds(submissions), statusesThrough(app.get(DataSource)), 40_000)).toEqual({ completed: 160 });
    expect(await queue.getJobScheduler(SWEEP_SCHEDULER_ID)).toBeDefined();
  }, 90_000);
});

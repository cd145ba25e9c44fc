import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AUDIT_JOBS, AUDIT_QUEUE, SWEEP_SCHEDULER_ID } from '../../../src/audits/audit-queue.contract';
import { PRIVACY_JOBS, PRIVACY_QUEUE, PURGE_PROFILES_SCHEDULER_ID } from '../../../src/privacy/privacy-queue.contract';
import { createAccount, TEST_PASSWORD, type TestAccount } from '../support/auth';
import { finalStatusCounts, listen, sleep, statusCounts, type Submission, statusesThrough, submitSteadily } from '../support/load';
import { createTestEnvironment, FAULT_SETTINGS, type PrivateRedisEnvironment, startTestApp, waitFor } from '../support/test-app';

const PROFILE = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/examples/strong-en.json'), 'utf8'));

/**
 * A private, persistent redis-server is crashed and restarted, then flushed, under a steady load
 * of submissions, with the API and a worker running. Promise: every 202 ends completed, and the API
 * answers while Redis is away instead of waiting for it.
 */
describe('Redis restarted, and Redis flushed, under load', () => {
  let env: PrivateRedisEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let baseUrl: string;

  beforeAll(async () => {
    env = await createTestEnvironment({
      privateRedis: true,
      settings: {
        ...FAULT_SETTINGS,
        QUEUE_SCHEDULE_CHECK_MS: '1000',
        // The per-account limit is on (it needs Redis) but high enough never to refuse this load:
        // while Redis is down it must let submissions through at once.
        AUDIT_SUBMIT_RATE_PER_MINUTE: '6000',
        AUDIT_SUBMIT_BURST: '1000',
      },
    });
    app = await startTestApp({ workers: true, quiet: true });
    baseUrl = await listen(app);
    candidate = await createAccount(app, 'candidate');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
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

  it('keeps answering 202 while Redis is down (sign-in answers 503), and completes every audit once it is back', async () => {
    // Redis dies while submissions are in flight...
    const before = load(60);
    await sleep(1_500);
    await env.redis.stop();
    // ...and stays down until every submission sent meanwhile has been answered: had any of them
    // waited for Redis, it would never have been answered (the test would fail on its timeout).
    const whileDown = await load(60);
    const signIn = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: candidate.email, password: TEST_PASSWORD }),
    });
    await env.redis.start();
    const submissions = [...(await before), ...whileDown, ...(await load(60))];

    expect(statusCounts(whileDown)).toEqual({ 202: 60 });
    expect(statusCounts(submissions)).toEqual({ 202: 180 });
    // Sign-in counts failures in Redis: without it, it says so instead of answering 500 or hanging.
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('5');

    const accepted = acceptedIds(submissions);
    expect(await finalStatusCounts(accepted, statusesThrough(app.get(DataSource)), 40_000)).toEqual({ completed: 180 });
  }, 90_000);

  it('completes every audit after a FLUSHALL wiped its job, the waiting backlog and every schedule, which come back without a restart', async () => {
    const queue = app.get<Queue>(getQueueToken(AUDIT_QUEUE), { strict: false });
    const privacyQueue = app.get<Queue>(getQueueToken(PRIVACY_QUEUE), { strict: false });
    expect(await privacyQueue.getJobScheduler(PURGE_PROFILES_SCHEDULER_ID)).toBeDefined();
    const submitting = load(160);
    await sleep(1_500);
    // Hold the jobs back so that a backlog waits in Redis when it is flushed.
    await queue.pause();
    await waitFor(async () => ((await queue.getWaitingCount()) >= 20 ? true : undefined), 30_000, 'a backlog of 20 waiting jobs');
    const client = new Redis(env.redisUrl);
    await client.flushall();
    client.disconnect();
    // The running processes put back every schedule they require: the retention purge's as well as the reconciler's.
    const purge = await waitFor(() => privacyQueue.getJobScheduler(PURGE_PROFILES_SCHEDULER_ID), 10_000, 'the purge schedule');
    const sweep = await waitFor(() => queue.getJobScheduler(SWEEP_SCHEDULER_ID), 10_000, 'the reconcile schedule');
    // Recreated as they were written at start-up: same job, same interval.
    expect(purge).toMatchObject({ name: PRIVACY_JOBS.purgeProfiles, every: 60 * 60_000 });
    expect(sweep).toMatchObject({ name: AUDIT_JOBS.sweep, every: 1_000 });
    const submissions = await submitting;

    expect(statusCounts(submissions)).toEqual({ 202: 160 });
    expect(await finalStatusCounts(acceptedIds(submissions), statusesThrough(app.get(DataSource)), 40_000)).toEqual({ completed: 160 });
  }, 90_000);
});

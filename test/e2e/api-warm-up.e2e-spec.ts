import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AUDIT_JOBS, AUDIT_QUEUE } from '../../src/audits/audit-queue.contract';
import { AuditStore } from '../../src/audits/audit-store';
import { startApi } from '../../src/main';
import { MetricsService } from '../../src/metrics/metrics.service';
import { createTestEnvironment, type TestEnvironment } from './support/test-app';

const PROFILE = { sources: [{ platform: 'x', about: 'Backend engineer. Go, Postgres, Kubernetes.' }] };

/** Everything the process writes to stdout (its JSON log lines) while `action` runs. */
async function stdoutDuring<T>(action: () => Promise<T>): Promise<{ result: T; output: string }> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    return { result: await action(), output: written.join('') };
  } finally {
    spy.mockRestore();
  }
}

const WARM_UP_REQUESTS = 250;

/** A queue as a warm-up started at `startedAt` would have left it: one job. */
async function leftoverQueue(env: TestEnvironment, startedAt: number): Promise<string> {
  const queue = new Queue(`audits-api-warm-up-${startedAt}-${randomUUID()}`, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
  await queue.add(AUDIT_JOBS.run, { auditId: randomUUID() });
  await queue.close();
  return queue.name;
}

describe('The API warms its request path before it listens (HTTP_WARM_UP_REQUESTS)', () => {
  let env: TestEnvironment;
  let app: INestApplication | undefined;
  let redis: Redis;

  beforeAll(async () => {
    env = await createTestEnvironment({ settings: { HTTP_WARM_UP_REQUESTS: String(WARM_UP_REQUESTS), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'log' } });
    redis = new Redis(env.redisUrl);
  });

  afterAll(async () => {
    await app?.close();
    redis?.disconnect();
    delete process.env.HTTP_WARM_UP_REQUESTS;
    await env?.destroy();
  });

  it('submits audits of its own accounts, then leaves no account, audit, job, access line or HTTP metric, and serves clients', async () => {
    // Queues that warm-ups which died mid-way left: removed once older than 10 minutes (a recent one may still be in use).
    const stale = await leftoverQueue(env, Date.now() - 11 * 60_000);
    const recent = await leftoverQueue(env, Date.now());
    const stored = jest.spyOn(AuditStore.prototype, 'insertQueued');
    const added = jest.spyOn(Queue.prototype, 'add');
    const { result, output } = await stdoutDuring(() => startApi({ workers: false }));
    app = result.app;
    // A warm-up submission answered other than 202 (or 503, queue full) stops the warm-up with this warning.
    expect(output).not.toContain('not warmed up');
    expect(output).not.toContain('"context":"HTTP"');
    expect(stored).toHaveBeenCalledTimes(WARM_UP_REQUESTS);
    const addedTo = added.mock.contexts.map((queue) => (queue as Queue).name);
    expect(addedTo).toHaveLength(WARM_UP_REQUESTS);
    expect(addedTo.filter((name) => name.startsWith('audits-api-warm-up-'))).toHaveLength(WARM_UP_REQUESTS);
    stored.mockRestore();
    added.mockRestore();
    expect(await app.get(MetricsService).httpRequests.get()).toMatchObject({ values: [] });
    const db = app.get(DataSource);
    expect(await db.query('SELECT count(*)::int AS n FROM audits')).toEqual([{ n: 0 }]);
    expect(await db.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
    const warmUpQueues = new Set((await redis.keys(`${env.queuePrefix}:audits-api-warm-up-*`)).map((key) => key.split(':')[1]));
    expect([...warmUpQueues]).toEqual([recent]);
    expect(stale).not.toEqual(recent);
    // The reconcile schedule's job is the queue's only one.
    const jobs = await app.get<Queue>(getQueueToken(AUDIT_QUEUE)).getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    expect(jobs.map((job) => job.name)).toEqual([AUDIT_JOBS.sweep]);

    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const post = (path: string, body: object, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}/api/v1/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const account = { email: 'warm-up-test@example.com', password: 'correct horse battery staple' };
    expect((await post('auth/signup', { ...account, role: 'candidate' })).status).toBe(201);
    const { accessToken } = (await (await post('auth/login', account)).json()) as { accessToken: string };
    const answer = await post('audits', PROFILE, { authorization: `Bearer ${accessToken}` });
    expect(answer.status).toBe(202);
    const { id } = (await answer.json()) as { id: string };
    expect(await app.get<Queue>(getQueueToken(AUDIT_QUEUE)).getJob(id)).toMatchObject({ id, name: AUDIT_JOBS.run });
  });
});

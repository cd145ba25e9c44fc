import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { WorkerModule } from '../../src/worker.module';
import { createTestEnvironment, type TestEnvironment } from './support/test-app';

/** Every message the worker logs, whatever its level. */
class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (message: unknown) => void this.lines.push(String(message));
  debug = (message: unknown) => void this.lines.push(String(message));
  warn = (message: unknown) => void this.lines.push(`WARN ${String(message)}`);
  error = (message: unknown) => void this.lines.push(`ERROR ${String(message)}`);
}

const WARM_UP_DOMAIN = '@job-path-warm-up.invalid';
const PROFILE = JSON.stringify({ sources: [{ platform: 'linkedin', headline: 'Data Analyst' }] });

// A worker runs jobs of its own before it reports ready (AUDIT_JOB_PATH_WARM_UP_JOBS) and must leave
// nothing of them behind, nor touch anything else, even when several workers start at once.
describe('Job path warm-up', () => {
  let env: TestEnvironment;
  let db: Client;
  let redis: Redis;
  const contexts: INestApplicationContext[] = [];

  const startWorker = async (jobs: number, logger: LoggerService) => {
    process.env.AUDIT_JOB_PATH_WARM_UP_JOBS = String(jobs);
    const context = await NestFactory.createApplicationContext(WorkerModule, { logger });
    contexts.push(context);
    return context;
  };
  const warmUpKeys = async () => (await redis.keys(`${env.queuePrefix}:audits-warm-up-*`)).sort();
  const insertUser = async (email: string, createdAgo: string) => {
    const id = randomUUID();
    await db.query(`INSERT INTO users (id, email, role, password_hash, created_at) VALUES ($1, $2, 'candidate', 'x', now() - $3::interval)`, [id, email, createdAgo]);
    // Failed, so no reconciler runs them again while the test looks.
    await db.query(`INSERT INTO audits (id, owner_id, status, profile, request_hash, profile_bytes) VALUES ($1, $2, 'failed', $3, repeat('a', 64), 10)`, [randomUUID(), id, PROFILE]);
    return id;
  };
  const addWarmUpQueueJob = async (startedAt: number) => {
    const queue = new Queue(`audits-warm-up-${startedAt}-${randomUUID()}`, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    await queue.add('run', { auditId: randomUUID() });
    await queue.close();
    return queue.name;
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    redis = new Redis(env.redisUrl);
    // A first start without the warm-up only to run the migrations.
    await (await startWorker(0, new RecordingLogger())).close();
    contexts.length = 0;
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    redis?.disconnect();
    await db?.end();
    await env?.destroy();
  });

  it('runs its jobs in two workers starting at once, removes what a dead warm-up left, and leaves only what is not its own', async () => {
    const realUser = await insertUser('someone@example.com', '1 hour');
    const deadWarmUp = await insertUser(`${randomUUID()}${WARM_UP_DOMAIN}`, '1 hour');
    const runningWarmUp = await insertUser(`${randomUUID()}${WARM_UP_DOMAIN}`, '0 seconds');
    const deadQueue = await addWarmUpQueueJob(Date.now() - 3_600_000);
    const runningQueue = await addWarmUpQueueJob(Date.now());
    const before = { users: await db.query('SELECT * FROM users ORDER BY id'), audits: await db.query('SELECT * FROM audits ORDER BY id') };

    const logger = new RecordingLogger();
    await Promise.all([startWorker(40, logger), startWorker(40, logger)]);

    expect(logger.lines.filter((line) => line.startsWith('Job path warmed up: 40 jobs'))).toHaveLength(2);
    expect(logger.lines.filter((line) => /WARN|ERROR/.test(line))).toEqual([]);
    const users = await db.query<{ id: string }>('SELECT * FROM users ORDER BY id');
    const audits = await db.query<{ owner_id: string }>('SELECT * FROM audits ORDER BY id');
    expect(users.rows).toEqual(before.users.rows.filter((row: { id: string }) => row.id !== deadWarmUp));
    expect(audits.rows).toEqual(before.audits.rows.filter((row: { owner_id: string }) => row.owner_id !== deadWarmUp));
    expect(users.rows.map((row) => row.id)).toEqual(expect.arrayContaining([realUser, runningWarmUp]));
    const keys = await warmUpKeys();
    expect(keys.some((key) => key.includes(runningQueue))).toBe(true);
    expect(keys.filter((key) => !key.includes(runningQueue))).toEqual([]);
    expect(keys.some((key) => key.includes(deadQueue))).toBe(false);
  });
});

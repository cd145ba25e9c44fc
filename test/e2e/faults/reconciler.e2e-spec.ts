import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import { type Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, type Repository } from 'typeorm';
import { Audit } from '../../../src/audits/audit.entity';
import { AuditCleanupService } from '../../../src/audits/audit-cleanup.service';
import { AUDIT_QUEUE } from '../../../src/audits/audit-queue.contract';
import { AuditQueueService } from '../../../src/audits/audit-queue.service';
import { AuditReconcilerService } from '../../../src/audits/audit-reconciler.service';
import { SUBMISSION_WARM_UP_EMAIL_DOMAIN } from '../../../src/audits/warm-up-accounts';
import { queueConfig } from '../../../src/config/queue.config';
import { createAccount, type TestAccount } from '../support/auth';
import { finalStatusCounts, statusesThrough } from '../support/load';
import { createTestEnvironment, startTestApp, startTestWorker, type TestEnvironment, waitFor } from '../support/test-app';

const PROFILE = { sources: [{ platform: 'linkedin', headline: 'Data Analyst | SQL, Python' }] };

/**
 * The reconciler against every state a row and its job can be left in. No worker runs while the
 * states are set up; the reconciler is called directly, with one row per batch so paging is used.
 */
describe('The reconciler (rows in Postgres are the source of truth)', () => {
  let env: TestEnvironment;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  let candidate: TestAccount;
  let queue: Queue;
  let db: DataSource;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApp({ workers: false, quiet: true });
    candidate = await createAccount(api, 'candidate');
    queue = api.get<Queue>(getQueueToken(AUDIT_QUEUE), { strict: false });
    db = api.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await env?.destroy();
  });

  async function submit(): Promise<string> {
    const response = await request(api.getHttpServer()).post('/api/v1/audits').set(candidate.auth).send(PROFILE).expect(202);
    return response.body.id as string;
  }

  /** Sets the row as a crash or an outage would have left it, last changed a minute ago. */
  async function leaveRow(id: string, status: string, changedSecondsAgo = 60): Promise<void> {
    await db.query(`UPDATE audits SET status = $2, updated_at = now() - make_interval(secs => $3) WHERE id = $1`, [id, status, changedSecondsAgo]);
  }

  /**
   * A stand-in worker that finishes these jobs without touching their rows: `failed` as if retries
   * had run out (e.g. during a database outage), `completed` as if the row had been reset since.
   */
  async function finishJobs(ids: string[], state: 'failed' | 'completed'): Promise<void> {
    const standIn = new Worker(
      AUDIT_QUEUE,
      async () => {
        if (state === 'failed') throw new UnrecoverableError('attempts ran out');
        return {};
      },
      { connection: { url: env.redisUrl }, prefix: env.queuePrefix },
    );
    const finished = async () => ((await Promise.all(ids.map((id) => queue.getJobState(id)))).every((current) => current === state) ? true : undefined);
    await waitFor(finished, 20_000, `the jobs to be ${state}`);
    await standIn.close();
  }

  it('re-queues exactly the rows not final whose job is missing, failed or completed, idempotently; then they complete', async () => {
    const failedWhileProcessing = await submit();
    const completedRowFailedJob = await submit();
    await finishJobs([failedWhileProcessing, completedRowFailedJob], 'failed');
    await leaveRow(failedWhileProcessing, 'processing'); // marking it failed had failed too
    await leaveRow(completedRowFailedJob, 'completed');
    const completedJobQueuedRow = await submit();
    await finishJobs([completedJobQueuedRow], 'completed');
    await leaveRow(completedJobQueuedRow, 'queued');

    const lostJob = await submit();
    await queue.remove(lostJob); // the add never reached Redis, or Redis lost it
    await leaveRow(lostJob, 'queued');
    const waitingJob = await submit();
    await leaveRow(waitingJob, 'queued'); // old, but its job is still on its way
    const justSubmitted = await submit();
    await queue.remove(justSubmitted); // too recent: its add may still be in flight
    await leaveRow(justSubmitted, 'queued', 0);

    // An audit of the API's warm-up (its job on the warm-up's own queue) left by a process that died mid-way.
    const warmUpOwner = randomUUID();
    await db.query(`INSERT INTO users (id, email, role, password_hash) VALUES ($1, $2, 'candidate', '!')`, [warmUpOwner, `${warmUpOwner}${SUBMISSION_WARM_UP_EMAIL_DOMAIN}`]);
    await db.query(
      `INSERT INTO audits (id, owner_id, status, profile, request_hash, profile_bytes, updated_at) VALUES ($1, $2, 'queued', $3, repeat('a', 64), 10, now() - interval '60 seconds')`,
      [randomUUID(), warmUpOwner, JSON.stringify(PROFILE)],
    );

    const audits = api.get<Repository<Audit>>(getRepositoryToken(Audit));
    const reconciler = new AuditReconcilerService(audits, api.get(AuditQueueService), { ...queueConfig(), sweepAfterMs: 30_000, reconcileBatch: 1 });
    expect((await reconciler.reconcile()).sort()).toEqual([failedWhileProcessing, completedJobQueuedRow, lostJob].sort());
    for (const requeued of [failedWhileProcessing, completedJobQueuedRow, lostJob]) expect(await queue.getJobState(requeued)).toBe('waiting');
    expect(await queue.getJobState(completedRowFailedJob)).toBe('failed');
    expect(await queue.getJobState(justSubmitted)).toBe('unknown');
    // A second run (another process, the next tick) finds nothing more to do.
    expect(await reconciler.reconcile()).toEqual([]);

    worker = await startTestWorker();
    expect(await finalStatusCounts([failedWhileProcessing, completedJobQueuedRow, lostJob, waitingJob], statusesThrough(db), 20_000)).toEqual({ completed: 4 });
  });

  it('removes, with its events, a job that ran for an audit that no longer exists (re-queued as it was deleted)', async () => {
    worker ??= await startTestWorker();
    const deleted = randomUUID();
    await api.get(AuditQueueService).enqueue(deleted);
    await waitFor(async () => ((await queue.getJobState(deleted)) === 'failed' ? true : undefined), 20_000, 'the job to run and fail');

    // A failed job stays in Redis for days unless the run recorded it for cleanup (the worker's own sweep may drain it first).
    await api.get(AuditCleanupService).drain();
    expect(await queue.getJobState(deleted)).toBe('unknown');
    // BullMQ 6's backend is ioredis; its narrowed client type lacks XRANGE.
    const client = (await queue.getBackend().client) as unknown as Redis;
    for (const [, fields] of await client.xrange(queue.keys.events, '-', '+')) expect(fields).not.toContain(deleted);
    expect(await db.query(`SELECT audit_id FROM audit_job_cleanups`)).toEqual([]);
  });
});

import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { AuditQueueService } from '../../src/audits/audit-queue.service';
import { AUDIT_JOBS, AUDIT_QUEUE, type RunAuditJob } from '../../src/audits/audit-queue.contract';
import { queueConfig } from '../../src/config/queue.config';
import { deleteRedisKeys } from './support/test-app';
import { TEST_REDIS_URL } from './support/test-database';

const LOCK_MS = 1_000;

/**
 * Deleting an audit or erasing an account removes the audit's job from Redis. A job a worker is
 * running is locked and cannot be removed: removeJobs waits for the run to end, then removes it.
 */
describe('Removing the job of an audit a worker is running (real Redis)', () => {
  const prefix = `citra-test-${randomBytes(5).toString('hex')}`;
  const connection = { url: TEST_REDIS_URL };
  let queue: Queue<RunAuditJob>;
  let worker: Worker<RunAuditJob>;
  let service: AuditQueueService;

  beforeAll(() => {
    queue = new Queue<RunAuditJob>(AUDIT_QUEUE, { connection, prefix });
    // Takes jobs only when the test asks (getNextJob), so the test decides when a run ends.
    worker = new Worker<RunAuditJob>(AUDIT_QUEUE, null, { connection, prefix, autorun: false, lockDuration: LOCK_MS });
    service = new AuditQueueService(queue, { ...queueConfig(), lockDurationMs: LOCK_MS });
  });

  afterAll(async () => {
    await worker.close();
    await queue.close();
    await deleteRedisKeys(`${prefix}:*`);
  });

  it('waits for the running job to finish, then leaves no key or event naming the audit', async () => {
    const auditId = randomUUID();
    await service.enqueue(auditId);
    const token = randomUUID();
    const running = await worker.getNextJob(token);
    expect(running?.id).toBe(auditId);

    let removed = false;
    const removal = service.removeJobs([auditId]).then(() => (removed = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(removed).toBe(false);
    expect(await queue.getJobState(auditId)).toBe('active');

    await running!.moveToCompleted({ outcome: 'completed' }, token, false);
    await removal;
    expect(await queue.getJob(auditId)).toBeUndefined();
    // BullMQ 6's backend is ioredis; its narrowed client type lacks KEYS and XRANGE.
    const client = (await queue.getBackend().client) as unknown as Redis;
    const keys = await client.keys(`${prefix}:*`);
    expect(keys.filter((key) => key.includes(auditId))).toEqual([]);
    for (const [, fields] of await client.xrange(queue.keys.events, '-', '+')) expect(fields).not.toContain(auditId);
  });

  it('removes a waiting job at once', async () => {
    const auditId = randomUUID();
    await queue.add(AUDIT_JOBS.run, { auditId }, { jobId: auditId });
    await service.removeJobs([auditId]);
    expect(await queue.getJob(auditId)).toBeUndefined();
  });
});

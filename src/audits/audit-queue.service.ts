import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { withDeadline } from '../common/dependency-errors';
import { queueConfig } from '../config/queue.config';
import { AUDIT_JOBS, AUDIT_QUEUE, type RunAuditJob } from './audit-queue.contract';

const JOB_POLL_MS = 100;
const EVENT_SCAN_BATCH = 1_000;

/** The producer side of the audit queue. */
@Injectable()
export class AuditQueueService {
  private readonly logger = new Logger(AuditQueueService.name);

  constructor(
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue<RunAuditJob>,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  /** Adds the run job for an audit; a no-op while a job with that id is still in Redis. */
  async enqueue(auditId: string): Promise<void> {
    await this.queue.add(AUDIT_JOBS.run, { auditId }, this.runJobOptions(auditId));
  }

  /**
   * For audits whose rows were just committed: adds their run jobs in one round trip, waiting at most
   * AUDIT_ENQUEUE_TIMEOUT_MS for Redis. Never throws: what Redis did not take, the reconciler queues.
   */
  async enqueueOrLeaveForReconciler(auditIds: readonly string[]): Promise<void> {
    if (auditIds.length === 0) return;
    const jobs = auditIds.map((auditId) => ({ name: AUDIT_JOBS.run, data: { auditId }, opts: this.runJobOptions(auditId) }));
    const what = auditIds.length === 1 ? `audit ${auditIds[0]}` : `${auditIds.length} audits`;
    try {
      // One job goes through add (one script call); addBulk wraps even one in a MULTI.
      const added: Promise<unknown> = jobs.length === 1 ? this.queue.add(jobs[0]!.name, jobs[0]!.data, jobs[0]!.opts) : this.queue.addBulk(jobs);
      await withDeadline(added, this.config.enqueueTimeoutMs, `Queueing ${what}`);
    } catch (error) {
      this.logger.warn(`${what} stored but not queued yet (${error instanceof Error ? error.message : String(error)}); the reconciler will queue it`);
    }
  }

  /**
   * For an audit whose row is not final: queues it again unless its job is on its way to a worker
   * (waiting, delayed, active). A failed or completed job is retried with fresh attempts under the
   * same id; a missing one is added. Safe to race with other processes: a second retry of the same
   * job fails (and is ignored), and a second add of the same id is a no-op. True when it re-queued.
   */
  async requeueIfLost(auditId: string): Promise<boolean> {
    const state = await this.queue.getJobState(auditId);
    if (state === 'failed' || state === 'completed') {
      const job = await this.queue.getJob(auditId);
      if (!job) return false;
      await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
      return true;
    }
    if (state === 'unknown') {
      // No job, or a job hash in no state list (which would make the add a no-op): clear and add.
      await this.queue.remove(auditId);
      await this.enqueue(auditId);
      return true;
    }
    return false;
  }

  /**
   * Removes every trace of these audits from Redis: their jobs in any state, and the queue event
   * stream's entries that name them. Call it after the rows are deleted, so a worker that still takes
   * a job finds no audit and finishes at once. An active job is locked: it is waited for, then removed.
   */
  async removeJobs(auditIds: readonly string[]): Promise<void> {
    if (auditIds.length === 0) return;
    for (const auditId of auditIds) await this.removeJobWhenUnlocked(auditId);
    await this.removeEventsOf(new Set(auditIds));
  }

  /** As removeJobs, without waiting: a job a worker is running stays. Returns the ids left without a trace. */
  async removeIdleJobs(auditIds: readonly string[]): Promise<string[]> {
    const gone: string[] = [];
    for (const auditId of auditIds) if (await this.removeIfUnlocked(auditId)) gone.push(auditId);
    if (gone.length > 0) await this.removeEventsOf(new Set(gone));
    return gone;
  }

  private async removeJobWhenUnlocked(auditId: string): Promise<void> {
    const deadline = Date.now() + 2 * this.config.lockDurationMs;
    while (!(await this.removeIfUnlocked(auditId))) {
      if (Date.now() > deadline) {
        throw new ServiceUnavailableException(`The job of audit ${auditId} is still running; try again in a minute`);
      }
      await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
    }
  }

  /** True when the job is gone: removed now, or there was none. A locked (running) job is not removed. */
  private async removeIfUnlocked(auditId: string): Promise<boolean> {
    return (await this.queue.remove(auditId)) === 1 || (await this.queue.getJob(auditId)) === undefined;
  }

  /** The event stream is capped by BullMQ but would still name these ids until pushed out. */
  private async removeEventsOf(auditIds: ReadonlySet<string>): Promise<void> {
    // BullMQ's Redis backend is ioredis; its narrowed client type lacks the stream commands used here.
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    const stream = this.queue.keys.events;
    let start = '-';
    for (;;) {
      const entries = await client.xrange(stream, start, '+', 'COUNT', EVENT_SCAN_BATCH);
      const doomed = entries.filter(([, fields]) => fields.some((value) => auditIds.has(value))).map(([id]) => id);
      if (doomed.length > 0) await client.xdel(stream, ...doomed);
      if (entries.length < EVENT_SCAN_BATCH) return;
      start = `(${entries[entries.length - 1]![0]}`;
    }
  }

  private runJobOptions(auditId: string): JobsOptions {
    return {
      jobId: auditId,
      attempts: this.config.auditAttempts,
      backoff: { type: 'exponential', delay: this.config.auditBackoffMs },
      removeOnComplete: { age: this.config.keepCompletedSeconds, count: this.config.keepCompletedJobs },
      removeOnFail: { age: this.config.keepFailedSeconds, count: this.config.keepFailedJobs },
    };
  }
}

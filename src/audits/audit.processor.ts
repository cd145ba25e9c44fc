import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, MetricsTime, type Queue, UnrecoverableError } from 'bullmq';
import { queueConfig } from '../config/queue.config';
import { MetricsService } from '../metrics/metrics.service';
import { AUDIT_JOBS, AUDIT_QUEUE, type RunAuditJob, SWEEP_SCHEDULER_ID } from './audit-queue.contract';
import { AuditRunnerService } from './audit-runner.service';
import { AuditSweeperService } from './audit-sweeper.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SWEEP_EVERY_MS = 60_000;

/** Worker options are read when the class is declared: only processes that run workers load this file. */
function workerOptions() {
  const config = queueConfig();
  return {
    concurrency: config.workerConcurrency,
    lockDuration: config.lockDurationMs,
    stalledInterval: config.stalledIntervalMs,
    maxStalledCount: 2,
    /** BullMQ's per-minute completed/failed counts, read by the admin queue stats. */
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  };
}

@Processor(AUDIT_QUEUE, workerOptions())
export class AuditProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditProcessor.name);

  constructor(
    private readonly runner: AuditRunnerService,
    private readonly sweeper: AuditSweeperService,
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  @OnWorkerEvent('completed')
  recordCompleted(job: Job): void {
    this.metrics.recordJob(AUDIT_QUEUE, job, 'completed');
  }

  @OnWorkerEvent('failed')
  recordFailed(job: Job | undefined): void {
    if (job) this.metrics.recordJob(AUDIT_QUEUE, job, 'failed');
  }

  async onApplicationBootstrap(): Promise<void> {
    const { keepCompletedJobs, keepCompletedSeconds, keepFailedJobs, keepFailedSeconds } = queueConfig();
    // One sweep a minute: without a removal policy its finished runs would pile up in Redis forever.
    await this.queue.upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: SWEEP_EVERY_MS }, {
      name: AUDIT_JOBS.sweep,
      opts: {
        removeOnComplete: { age: keepCompletedSeconds, count: keepCompletedJobs },
        removeOnFail: { age: keepFailedSeconds, count: keepFailedJobs },
      },
    });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case AUDIT_JOBS.run:
        return this.runAudit(job as Job<RunAuditJob>);
      case AUDIT_JOBS.sweep:
        // A count, not ids: return values stay in Redis, and erasure must leave no audit id there.
        return { requeued: (await this.sweeper.sweep()).length };
      default:
        throw new UnrecoverableError(`Unknown job name ${job.name}`);
    }
  }

  private async runAudit(job: Job<RunAuditJob>): Promise<unknown> {
    const auditId = job.data?.auditId;
    if (typeof auditId !== 'string' || !UUID.test(auditId)) {
      throw new UnrecoverableError(`Bad payload: auditId must be a UUID, got ${JSON.stringify(auditId)}`);
    }
    const attempt = job.attemptsMade + 1;
    try {
      return { outcome: await this.runner.run(auditId, attempt) };
    } catch (error) {
      const finalAttempt = error instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      const reason = error instanceof Error ? error.message : String(error);
      if (finalAttempt) await this.runner.markFailed(auditId, reason, attempt);
      this.logger.warn(`Audit ${auditId} attempt ${attempt} failed${finalAttempt ? ' for good' : ''}: ${reason}`);
      throw error;
    }
  }
}

import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { DrainingWorkerHost } from '../common/draining-worker-host';
import { Inject, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { DelayedError, type Job, MetricsTime, UnrecoverableError } from 'bullmq';
import { unavailableDependency } from '../common/dependency-errors';
import { bullConnection, throttledErrorLog } from '../common/redis-connection';
import { queueConfig } from '../config/queue.config';
import { redisConfig } from '../config/redis.config';
import { MetricsService } from '../metrics/metrics.service';
import { AUDIT_JOBS, AUDIT_QUEUE, type RunAuditJob } from './audit-queue.contract';
import { AuditCleanupService } from './audit-cleanup.service';
import { AuditReconcilerService } from './audit-reconciler.service';
import { AuditRunnerService } from './audit-runner.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Worker options, read when the worker is created (at module init), not when this class is declared:
 * Nest spreads this object into the worker's options then, which calls the getters. So a process (or
 * a test) that sets its environment after importing this file still gets its own settings.
 */
export function workerOptions() {
  return {
    // The queue's own connection fails fast for producers; a worker waits for Redis to come back.
    get connection() {
      return bullConnection(redisConfig());
    },
    get concurrency() {
      return queueConfig().workerConcurrency;
    },
    get lockDuration() {
      return queueConfig().lockDurationMs;
    },
    get stalledInterval() {
      return queueConfig().stalledIntervalMs;
    },
    maxStalledCount: 2,
    /** BullMQ's per-minute completed/failed counts, read by the admin queue stats. */
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  };
}

/**
 * Failure semantics of an audit job:
 * - Postgres (or the network) unreachable: the job waits and runs again, without using up an
 *   attempt, for as long as the outage lasts (the wait doubles up to AUDIT_OUTAGE_RETRY_MAX_MS).
 * - Bad input (UnrecoverableError): failed at once, with the reason in the row.
 * - Any other error: retried AUDIT_JOB_ATTEMPTS times with backoff, then failed.
 * Marking the row failed may itself fail (the database went away); the reconciler then finds the
 * failed job of a row that is not final and runs it again.
 */
@Processor(AUDIT_QUEUE, workerOptions())
export class AuditProcessor extends DrainingWorkerHost {
  private readonly logger = new Logger(AuditProcessor.name);
  private readonly logWorkerError = throttledErrorLog((message) => this.logger.warn(message), 'Audit worker');

  constructor(
    private readonly runner: AuditRunnerService,
    private readonly reconciler: AuditReconcilerService,
    private readonly cleanup: AuditCleanupService,
    private readonly metrics: MetricsService,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {
    super();
  }

  /** Redis away, or a job whose lock Redis lost (flushed while it ran): BullMQ recovers, this only reports it. */
  @OnWorkerEvent('error')
  reportError(error: Error): void {
    this.logWorkerError(error);
  }

  @OnWorkerEvent('completed')
  recordCompleted(job: Job): void {
    this.metrics.recordJob(AUDIT_QUEUE, job, 'completed');
  }

  @OnWorkerEvent('failed')
  async recordFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    this.metrics.recordJob(AUDIT_QUEUE, job, 'failed');
    // A job that stalled too often (it kept killing its worker) is failed by BullMQ without reaching process().
    if (job.name === AUDIT_JOBS.run && job.deferredFailure && typeof job.data?.auditId === 'string') {
      const reason = `The audit stopped its worker too many times (${error.message}); it is not run again`;
      await this.markFailed(job.data.auditId, reason, job.attemptsMade + 1);
    }
  }

  async process(job: Job, token?: string): Promise<unknown> {
    switch (job.name) {
      case AUDIT_JOBS.run:
        return this.runAudit(job as Job<RunAuditJob>, token);
      case AUDIT_JOBS.sweep:
        // Counts, not ids: return values stay in Redis, and erasure must leave no audit id there.
        return { requeued: (await this.reconciler.reconcile()).length, cleanedUp: await this.cleanup.drain() };
      default:
        throw new UnrecoverableError(`Unknown job name ${job.name}`);
    }
  }

  private async runAudit(job: Job<RunAuditJob>, token: string | undefined): Promise<unknown> {
    const auditId = job.data?.auditId;
    if (typeof auditId !== 'string' || !UUID.test(auditId)) {
      throw new UnrecoverableError(`Bad payload: auditId must be a UUID, got ${JSON.stringify(auditId)}`);
    }
    const attempt = job.attemptsMade + 1;
    try {
      return { outcome: await this.runner.run(auditId, attempt) };
    } catch (error) {
      if (!(error instanceof UnrecoverableError) && unavailableDependency(error) && token) {
        return this.waitOutOutage(job, token, error);
      }
      const final = error instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      const reason = describe(error);
      this.logger.warn(`Audit ${auditId} attempt ${attempt} failed${final ? ' for good' : ''}: ${reason}`);
      if (final) await this.markFailed(auditId, reason, attempt);
      throw error;
    }
  }

  /** Puts the job back in the delayed set; BullMQ's DelayedError tells the worker it was not a failure. */
  private async waitOutOutage(job: Job<RunAuditJob>, token: string, error: unknown): Promise<never> {
    // Each start that ended neither in success nor in a failed attempt was a wait like this one (or a stall).
    const waitsSoFar = Math.max(0, job.attemptsStarted - job.attemptsMade - 1);
    const delayMs = Math.min(this.config.outageRetryMaxMs, this.config.auditBackoffMs * 2 ** Math.min(waitsSoFar, 20));
    this.logger.warn(`Audit ${job.data.auditId}: ${unavailableDependency(error)} unavailable (${describe(error)}); running it again in ${delayMs} ms`);
    await job.moveToDelayed(Date.now() + delayMs, token);
    throw new DelayedError();
  }

  private async markFailed(auditId: string, reason: string, attempt: number): Promise<void> {
    try {
      await this.runner.markFailed(auditId, reason, attempt);
    } catch (error) {
      this.logger.warn(`Audit ${auditId} could not be marked failed (${describe(error)}); the reconciler will run it again`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { JobsOptions, Queue } from 'bullmq';
import { queueConfig } from '../config/queue.config';
import { AUDIT_JOBS, AUDIT_QUEUE, type RunAuditJob } from './audit-queue.contract';

/** The producer side of the audit queue. */
@Injectable()
export class AuditQueueService {
  constructor(
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue<RunAuditJob>,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  /** Adds the run job for an audit; a no-op while a job with that id is still in Redis. */
  async enqueue(auditId: string): Promise<void> {
    await this.queue.add(AUDIT_JOBS.run, { auditId }, this.runJobOptions(auditId));
  }

  async hasJob(auditId: string): Promise<boolean> {
    return (await this.queue.getJob(auditId)) !== undefined;
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

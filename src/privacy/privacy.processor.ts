import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type Job, MetricsTime, type Queue, UnrecoverableError } from 'bullmq';
import { MetricsService } from '../metrics/metrics.service';
import { privacyConfig } from './privacy.config';
import { PRIVACY_JOBS, PRIVACY_QUEUE, PURGE_PROFILES_SCHEDULER_ID } from './privacy-queue.contract';
import { ProfileRetentionService } from './profile-retention.service';

/** Scheduled runs are housekeeping: keep a short history of them, not every run forever. */
const KEEP_RUNS = { completed: 50, failed: 500 };

/** BullMQ's per-minute completed/failed counts, read by the admin queue stats (as for the audit queue). */
@Processor(PRIVACY_QUEUE, { metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class PrivacyProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly retention: ProfileRetentionService,
    @InjectQueue(PRIVACY_QUEUE) private readonly queue: Queue,
    @Inject(privacyConfig.KEY) private readonly config: ConfigType<typeof privacyConfig>,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  @OnWorkerEvent('completed')
  recordCompleted(job: Job): void {
    this.metrics.recordJob(PRIVACY_QUEUE, job, 'completed');
  }

  @OnWorkerEvent('failed')
  recordFailed(job: Job | undefined): void {
    if (job) this.metrics.recordJob(PRIVACY_QUEUE, job, 'failed');
  }

  /** Upserting is idempotent, so every worker may do it at start-up; the interval follows the config. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      PURGE_PROFILES_SCHEDULER_ID,
      { every: this.config.purgeEveryMinutes * 60_000 },
      {
        name: PRIVACY_JOBS.purgeProfiles,
        opts: { removeOnComplete: { count: KEEP_RUNS.completed }, removeOnFail: { count: KEEP_RUNS.failed } },
      },
    );
  }

  async process(job: Job): Promise<{ purged: number }> {
    if (job.name !== PRIVACY_JOBS.purgeProfiles) throw new UnrecoverableError(`Unknown job name ${job.name}`);
    return { purged: await this.retention.purgeExpired() };
  }
}

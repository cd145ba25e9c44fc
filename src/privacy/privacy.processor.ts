import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { DrainingWorkerHost } from '../common/draining-worker-host';
import { Inject, Logger, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type Job, MetricsTime, type Queue, UnrecoverableError } from 'bullmq';
import { throttledErrorLog } from '../common/redis-connection';
import { MetricsService } from '../metrics/metrics.service';
import { ScheduleKeeper } from '../schedules/schedule-keeper.service';
import { privacyConfig } from './privacy.config';
import { PRIVACY_JOBS, PRIVACY_QUEUE, PURGE_PROFILES_SCHEDULER_ID } from './privacy-queue.contract';
import { ProfileRetentionService } from './profile-retention.service';

/** Scheduled runs are housekeeping: keep a short history of them, not every run forever. */
const KEEP_RUNS = { completed: 50, failed: 500 };

/** BullMQ's per-minute completed/failed counts, read by the admin queue stats (as for the audit queue). */
@Processor(PRIVACY_QUEUE, { metrics: { maxDataPoints: MetricsTime.ONE_WEEK } })
export class PrivacyProcessor extends DrainingWorkerHost implements OnModuleInit {
  private readonly logger = new Logger(PrivacyProcessor.name);
  private readonly logWorkerError = throttledErrorLog((message) => this.logger.warn(message), 'Privacy worker');

  constructor(
    private readonly retention: ProfileRetentionService,
    @InjectQueue(PRIVACY_QUEUE) private readonly queue: Queue,
    @Inject(privacyConfig.KEY) private readonly config: ConfigType<typeof privacyConfig>,
    private readonly metrics: MetricsService,
    private readonly keeper: ScheduleKeeper,
  ) {
    super();
  }

  /** Redis away: BullMQ reconnects; this only reports it (without a listener BullMQ prints every error). */
  @OnWorkerEvent('error')
  reportError(error: Error): void {
    this.logWorkerError(error);
  }

  @OnWorkerEvent('completed')
  recordCompleted(job: Job): void {
    this.metrics.recordJob(PRIVACY_QUEUE, job, 'completed');
  }

  @OnWorkerEvent('failed')
  recordFailed(job: Job | undefined): void {
    if (job) this.metrics.recordJob(PRIVACY_QUEUE, job, 'failed');
  }

  /** Every worker process requires the purge schedule; the ScheduleKeeper writes it and recreates it after a flush. */
  onModuleInit(): void {
    this.queue.on('error', throttledErrorLog((message) => this.logger.warn(message), 'Privacy queue'));
    this.keeper.require({
      queue: this.queue,
      id: PURGE_PROFILES_SCHEDULER_ID,
      everyMs: this.config.purgeEveryMinutes * 60_000,
      jobName: PRIVACY_JOBS.purgeProfiles,
      jobOptions: { removeOnComplete: { count: KEEP_RUNS.completed }, removeOnFail: { count: KEEP_RUNS.failed } },
    });
  }

  async process(job: Job): Promise<{ purged: number }> {
    if (job.name !== PRIVACY_JOBS.purgeProfiles) throw new UnrecoverableError(`Unknown job name ${job.name}`);
    return { purged: await this.retention.purgeExpired() };
  }
}

import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Queue } from 'bullmq';
import { throttledErrorLog } from '../common/redis-connection';
import { queueConfig } from '../config/queue.config';
import { AUDIT_JOBS, AUDIT_QUEUE, SWEEP_SCHEDULER_ID } from './audit-queue.contract';

/**
 * Keeps the reconcile schedule (a BullMQ job scheduler, so one run per interval however many
 * processes there are) in Redis. Every process, API and worker alike, writes it at start-up and
 * then checks on a timer that it is still there: a FLUSHALL or a failover to an empty replica
 * deletes it, and without it nothing would re-queue the audits Redis lost.
 */
@Injectable()
export class AuditScheduleService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditScheduleService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The producer queue of this process reports lost connections here (one listener per process).
    this.queue.on('error', throttledErrorLog((message) => this.logger.warn(message), 'Audit queue'));
    // At start-up this process's settings (interval, retention) win; afterwards the schedule is only recreated.
    await this.write().catch((error: unknown) => this.logger.warn(`Could not write the reconcile schedule yet: ${describe(error)}`));
    this.timer = setInterval(() => void this.reassert(), this.config.reconcileEveryMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Recreates the schedule when Redis has lost it; true when it had to. Never throws: the next tick tries again. */
  async reassert(): Promise<boolean> {
    try {
      if (await this.queue.getJobScheduler(SWEEP_SCHEDULER_ID)) return false;
      await this.write();
      this.logger.warn('The reconcile schedule was missing from Redis (flushed or failed over?); recreated it');
      return true;
    } catch (error) {
      this.logger.warn(`Could not check the reconcile schedule: ${describe(error)}`);
      return false;
    }
  }

  private async write(): Promise<void> {
    const { reconcileEveryMs, keepCompletedJobs, keepCompletedSeconds, keepFailedJobs, keepFailedSeconds } = this.config;
    // Without a removal policy the schedule's finished runs would pile up in Redis forever.
    await this.queue.upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: reconcileEveryMs }, {
      name: AUDIT_JOBS.sweep,
      opts: {
        removeOnComplete: { age: keepCompletedSeconds, count: keepCompletedJobs },
        removeOnFail: { age: keepFailedSeconds, count: keepFailedJobs },
      },
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Queue } from 'bullmq';
import { throttledErrorLog } from '../common/redis-connection';
import { queueConfig } from '../config/queue.config';
import { ScheduleKeeper } from '../schedules/schedule-keeper.service';
import { AUDIT_JOBS, AUDIT_QUEUE, SWEEP_SCHEDULER_ID } from './audit-queue.contract';

/**
 * Declares the reconcile schedule (a BullMQ job scheduler, so one run per interval however many
 * processes there are) to the ScheduleKeeper, in every process, API and worker alike: without it
 * nothing would re-queue the audits Redis lost.
 */
@Injectable()
export class AuditScheduleService implements OnModuleInit {
  private readonly logger = new Logger(AuditScheduleService.name);

  constructor(
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
    private readonly keeper: ScheduleKeeper,
  ) {}

  onModuleInit(): void {
    // The producer queue of this process reports lost connections here (one listener per process).
    this.queue.on('error', throttledErrorLog((message) => this.logger.warn(message), 'Audit queue'));
    const { reconcileEveryMs, keepCompletedJobs, keepCompletedSeconds, keepFailedJobs, keepFailedSeconds } = this.config;
    this.keeper.require({
      queue: this.queue,
      id: SWEEP_SCHEDULER_ID,
      everyMs: reconcileEveryMs,
      jobName: AUDIT_JOBS.sweep,
      jobOptions: {
        removeOnComplete: { age: keepCompletedSeconds, count: keepCompletedJobs },
        removeOnFail: { age: keepFailedSeconds, count: keepFailedJobs },
      },
    });
  }
}

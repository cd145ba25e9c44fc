import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { JobSchedulerTemplateOptions, Queue } from 'bullmq';
import { queueConfig } from '../config/queue.config';

/** A BullMQ job scheduler that must exist in Redis as long as this process runs. */
export interface RequiredSchedule {
  queue: Queue;
  /** The scheduler id (one per queue). */
  id: string;
  everyMs: number;
  jobName: string;
  /** Without a removal policy a schedule's finished runs would pile up in Redis forever. */
  jobOptions: JobSchedulerTemplateOptions;
}

/**
 * The one owner of "schedules that must exist". Modules declare theirs (require(), at module init);
 * this writes each at start-up and checks every QUEUE_SCHEDULE_CHECK_MS that it is still in Redis: a
 * FLUSHALL or a failover to an empty replica deletes every schedule, and BullMQ only recreates one
 * when it is upserted again. Upserting is idempotent, so every process may do it (no lock).
 */
@Injectable()
export class ScheduleKeeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScheduleKeeper.name);
  private readonly schedules = new Map<string, RequiredSchedule>();
  private timer: NodeJS.Timeout | undefined;
  /** A check still waiting for Redis (a queue whose connection waits while it is away) is not stacked on. */
  private checking = false;

  constructor(@Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>) {}

  /** Declares a schedule; call it before the application has bootstrapped (onModuleInit). */
  require(schedule: RequiredSchedule): void {
    this.schedules.set(keyOf(schedule), schedule);
  }

  async onApplicationBootstrap(): Promise<void> {
    // At start-up this process's settings (interval, retention) win; afterwards a schedule is only recreated.
    for (const schedule of this.schedules.values()) {
      await write(schedule).catch((error: unknown) => this.logger.warn(`Could not write the schedule ${keyOf(schedule)} yet: ${describe(error)}`));
    }
    this.timer = setInterval(() => void this.reassert(), this.config.scheduleCheckEveryMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Recreates every required schedule Redis has lost; returns their keys. Never throws: the next tick tries again. */
  async reassert(): Promise<string[]> {
    if (this.checking) return [];
    this.checking = true;
    const recreated: string[] = [];
    try {
      for (const schedule of this.schedules.values()) if (await this.reassertOne(schedule)) recreated.push(keyOf(schedule));
    } finally {
      this.checking = false;
    }
    return recreated;
  }

  private async reassertOne(schedule: RequiredSchedule): Promise<boolean> {
    try {
      if (await schedule.queue.getJobScheduler(schedule.id)) return false;
      await write(schedule);
      this.logger.warn(`The schedule ${keyOf(schedule)} was missing from Redis (flushed or failed over?); recreated it`);
      return true;
    } catch (error) {
      this.logger.warn(`Could not check the schedule ${keyOf(schedule)}: ${describe(error)}`);
      return false;
    }
  }
}

async function write({ queue, id, everyMs, jobName, jobOptions }: RequiredSchedule): Promise<void> {
  await queue.upsertJobScheduler(id, { every: everyMs }, { name: jobName, opts: jobOptions });
}

function keyOf(schedule: RequiredSchedule): string {
  return `${schedule.queue.name}/${schedule.id}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

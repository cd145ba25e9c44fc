import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { HealthCheckService, type HealthCheckResult, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AUDIT_QUEUE } from '../audits/audit-queue.contract';
import { RedisHealthClient } from './redis-health.client';
import { readMaxmemoryPolicy } from './redis-eviction-policy';

const CHECK_TIMEOUT_MS = 1_500;

@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redisClient: RedisHealthClient,
    @InjectQueue(AUDIT_QUEUE) private readonly auditQueue: Queue,
  ) {}

  /** Database, Redis and the audit queue; throws ServiceUnavailableException (with the result) when one is down. */
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database(), () => this.redis(), () => this.queue()]);
  }

  /** Readiness: can this process serve requests now? Database and Redis answer (a paused queue is still ready). */
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database(), () => this.redis()]);
  }

  private database() {
    return this.indicators
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  private redis() {
    return this.indicators
      .check('redis')
      .attempt(async () => {
        const redis = this.redisClient.redis;
        await redis.ping();
        return { maxmemoryPolicy: await readMaxmemoryPolicy(redis) };
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  /** Reachable through BullMQ's own connection; degraded (still 200) when paused or no worker is connected. */
  private async queue() {
    const session = this.indicators.check('queue');
    try {
      const state = await withDeadline(this.queueState(), CHECK_TIMEOUT_MS);
      if (state.isPaused) return session.degraded({ ...state, message: 'The audit queue is paused' });
      if (state.workers === 0) return session.degraded({ ...state, message: 'No worker is connected to the audit queue' });
      return session.up(state);
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async queueState() {
    const [counts, isPaused, workers] = await Promise.all([
      this.auditQueue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
      this.auditQueue.isPaused(),
      this.auditQueue.getWorkersCount(),
    ]);
    return { name: this.auditQueue.name, isPaused, workers, ...counts };
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { AdminQueues } from '../admin/admin-queues';
import { COUNTED_STATES } from '../admin/queue-stats.service';
import { AUDIT_STATUSES } from '../audits/audit.entity';
import { MetricsService } from './metrics.service';

/** A scrape must answer even when Redis or Postgres hangs; the gauge is left empty for that scrape. */
const SCRAPE_TIMEOUT_MS = 2_000;

/**
 * Gauges read at scrape time from the source of truth, so every API instance reports the same
 * numbers: audits by status from Postgres, jobs by state from the queues in Redis.
 */
@Injectable()
export class MetricsCollectors {
  private readonly logger = new Logger('Metrics');

  constructor(
    metrics: MetricsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: AdminQueues,
  ) {
    const collectors = this;
    new Gauge({
      name: 'citra_audits',
      help: 'Audits in Postgres by status',
      labelNames: ['status'] as const,
      registers: [metrics.registry],
      async collect() {
        this.reset();
        const counts = await collectors.guarded('audits by status', () => collectors.auditsByStatus());
        for (const [status, count] of counts ?? []) this.set({ status }, count);
      },
    });
    new Gauge({
      name: 'citra_queue_jobs',
      help: 'Jobs in each BullMQ queue by state',
      labelNames: ['queue', 'state'] as const,
      registers: [metrics.registry],
      async collect() {
        this.reset();
        const depths = await collectors.guarded('queue depth', () => collectors.queueDepths());
        for (const { queue, state, count } of depths ?? []) this.set({ queue, state }, count);
      },
    });
  }

  async auditsByStatus(): Promise<[string, number][]> {
    const rows: { status: string; count: number }[] = await this.dataSource.query(
      'SELECT status, count(*)::int AS count FROM audits GROUP BY status',
    );
    const byStatus = new Map<string, number>(AUDIT_STATUSES.map((status) => [status, 0]));
    for (const row of rows) byStatus.set(row.status, row.count);
    return [...byStatus];
  }

  async queueDepths(): Promise<{ queue: string; state: string; count: number }[]> {
    const perQueue = await Promise.all(
      this.queues.all().map(async (queue) => {
        const [counts, isPaused] = await Promise.all([queue.getJobCounts(...COUNTED_STATES), queue.isPaused()]);
        const rows = COUNTED_STATES.map((state) => ({ queue: queue.name, state: state as string, count: counts[state] ?? 0 }));
        rows.push({ queue: queue.name, state: 'paused', count: isPaused ? (counts.waiting ?? 0) + (counts.prioritized ?? 0) : 0 });
        return rows;
      }),
    );
    return perQueue.flat();
  }

  /** Runs a scrape-time read with a deadline; a failure is logged and the gauge stays empty. */
  private async guarded<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${SCRAPE_TIMEOUT_MS} ms`)), SCRAPE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([read(), deadline]);
    } catch (error) {
      this.logger.warn(`Could not read ${what} for /metrics: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}

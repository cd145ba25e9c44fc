import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Job } from 'bullmq';

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const ENGINE_MS_PER_KB_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type JobOutcome = 'completed' | 'failed';

/**
 * This process's Prometheus registry: Node's default process metrics plus Citra's own. One instance
 * per process (not prom-client's global registry), so tests that boot several apps do not collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'citra_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'citra_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'citra_job_duration_seconds',
    help: 'Time a worker spent on one job attempt, by queue, job name and outcome',
    labelNames: ['queue', 'name', 'outcome'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  readonly engineMsPerKb = new Histogram({
    name: 'citra_engine_ms_per_kb',
    help: 'Audit engine time in milliseconds per KB of submitted profile (canonical JSON)',
    buckets: ENGINE_MS_PER_KB_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Records the attempt that just ended: processedOn is reset at the start of every attempt. */
  recordJob(queue: string, job: Job, outcome: JobOutcome): void {
    const seconds = job.processedOn === undefined ? 0 : Math.max(0, Date.now() - job.processedOn) / 1000;
    this.jobDuration.observe({ queue, name: job.name, outcome }, seconds);
  }

  recordEngineRun(engineMs: number, profileBytes: number): void {
    if (profileBytes > 0) this.engineMsPerKb.observe(engineMs / (profileBytes / 1024));
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

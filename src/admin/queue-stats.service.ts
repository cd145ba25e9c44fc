import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AdminQueues } from './admin-queues';
import { finishedInLastMinutes, type Percentiles, percentiles } from './queue-stats.math';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Finished jobs read per state for the percentiles; the newest first, so a busy hour is sampled at its end. */
const SAMPLE_LIMIT = 1_000;
const PAGE = 200;

export const COUNTED_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children'] as const;

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Jobs held back by a pause: the waiting (and prioritized) jobs while the queue is paused, else 0. */
  paused: number;
  prioritized: number;
  'waiting-children': number;
}

export interface Throughput {
  completed: number;
  failed: number;
}

export interface WorkerView {
  name: string;
  address: string;
  connectedSeconds: number;
  idleSeconds: number;
}

export interface QueueStats {
  name: string;
  isPaused: boolean;
  counts: QueueCounts;
  throughput: {
    /** Jobs that finished in the last 60 seconds (from the finished jobs' finishedOn). */
    lastMinute: Throughput;
    /** Jobs that finished in the last 60 whole minutes, current minute included (BullMQ metrics, or the finished jobs kept). */
    lastHour: Throughput;
    /** Every job that finished since the queue's metrics began (0 where workers record no BullMQ metrics). */
    total: Throughput;
  };
  /** Over jobs finished in the last hour: from creation (or the end of a deliberate delay) to the start of the last attempt. */
  waitTimeMs: Percentiles;
  /** Over jobs finished in the last hour: from the start of the last attempt to its end. */
  processingTimeMs: Percentiles;
  workers: WorkerView[];
}

interface FinishedJob {
  timestamp: number;
  delay: number;
  processedOn?: number;
  finishedOn?: number;
}

@Injectable()
export class QueueStatsService {
  constructor(private readonly queues: AdminQueues) {}

  async allQueues(): Promise<QueueStats[]> {
    return Promise.all(this.queues.all().map((queue) => this.statsOf(queue)));
  }

  async oneQueue(name: string): Promise<QueueStats> {
    return this.statsOf(this.queues.get(name));
  }

  async counts(queue: Queue): Promise<QueueCounts> {
    const [raw, isPaused] = await Promise.all([queue.getJobCounts(...COUNTED_STATES), queue.isPaused()]);
    const count = (state: (typeof COUNTED_STATES)[number]) => raw[state] ?? 0;
    return {
      waiting: count('waiting'),
      active: count('active'),
      delayed: count('delayed'),
      completed: count('completed'),
      failed: count('failed'),
      paused: isPaused ? count('waiting') + count('prioritized') : 0,
      prioritized: count('prioritized'),
      'waiting-children': count('waiting-children'),
    };
  }

  private async statsOf(queue: Queue): Promise<QueueStats> {
    const now = Date.now();
    const [counts, isPaused, completedMetrics, failedMetrics, completedJobs, failedJobs, workers] = await Promise.all([
      this.counts(queue),
      queue.isPaused(),
      queue.getMetrics('completed'),
      queue.getMetrics('failed'),
      finishedSince(queue, 'completed', now - HOUR_MS),
      finishedSince(queue, 'failed', now - HOUR_MS),
      queue.getWorkers(),
    ]);
    const finished = [...completedJobs, ...failedJobs];
    const finishedWithin = (jobs: FinishedJob[], ms: number) => jobs.filter((job) => (job.finishedOn ?? 0) >= now - ms).length;
    return {
      name: queue.name,
      isPaused,
      counts,
      throughput: {
        lastMinute: { completed: finishedWithin(completedJobs, MINUTE_MS), failed: finishedWithin(failedJobs, MINUTE_MS) },
        // The jobs still in Redis are a lower bound too: they cover a queue whose workers record no metrics.
        lastHour: {
          completed: Math.max(finishedInLastMinutes(completedMetrics, 60, now), completedJobs.length),
          failed: Math.max(finishedInLastMinutes(failedMetrics, 60, now), failedJobs.length),
        },
        total: { completed: completedMetrics.meta.count, failed: failedMetrics.meta.count },
      },
      waitTimeMs: percentiles(finished.flatMap(waitTime)),
      processingTimeMs: percentiles(finished.flatMap(processingTime)),
      workers: workers.map(toWorkerView),
    };
  }
}

/** Finished jobs of one state whose finishedOn is at or after `since`, newest first, at most SAMPLE_LIMIT. */
async function finishedSince(queue: Queue, state: 'completed' | 'failed', since: number): Promise<FinishedJob[]> {
  const found: FinishedJob[] = [];
  for (let start = 0; start < SAMPLE_LIMIT; start += PAGE) {
    const page = (await queue.getJobs(state, start, start + PAGE - 1, false)) as Job[];
    for (const job of page) {
      if ((job.finishedOn ?? 0) < since) return found;
      found.push({ timestamp: job.timestamp, delay: job.delay ?? 0, processedOn: job.processedOn, finishedOn: job.finishedOn });
    }
    if (page.length < PAGE) return found;
  }
  return found;
}

function waitTime(job: FinishedJob): number[] {
  return job.processedOn === undefined ? [] : [Math.max(0, job.processedOn - job.timestamp - job.delay)];
}

function processingTime(job: FinishedJob): number[] {
  return job.processedOn === undefined || job.finishedOn === undefined ? [] : [Math.max(0, job.finishedOn - job.processedOn)];
}

function toWorkerView(client: Record<string, string>): WorkerView {
  return {
    name: client.rawname ?? client.name ?? '',
    address: client.addr ?? '',
    connectedSeconds: Number(client.age ?? 0),
    idleSeconds: Number(client.idle ?? 0),
  };
}

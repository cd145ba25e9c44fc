import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AUDIT_JOBS } from '../audits/audit-queue.contract';
import { AdminAuditsService } from './admin-audits.service';
import { AdminQueues } from './admin-queues';
import type { ListedJobState, ListJobsQuery } from './dto/admin-queries';
import { type QueueCounts, QueueStatsService } from './queue-stats.service';

const MAX_STACK_ENTRIES = 3;
const MAX_STACK_CHARS = 2_000;
const BATCH = 100;
export const DRAINED_REASON = 'Removed from the delayed queue by an admin; retry it from the failed audits';

export interface JobView {
  id: string;
  name: string;
  queue: string;
  state: string;
  /** The audit a run-audit job works on. */
  auditId: string | null;
  data: unknown;
  attemptsMade: number;
  attempts: number;
  failedReason: string | null;
  /** The last few stack traces, newest last. */
  stacktrace: string[];
  createdAt: string;
  processedAt: string | null;
  finishedAt: string | null;
  /** For a delayed job: when it becomes runnable. */
  runAt: string | null;
  /** Set on jobs created by a job scheduler (e.g. the every-minute sweep). */
  schedulerKey: string | null;
}

export interface JobPage {
  items: JobView[];
  queue: string;
  state: ListedJobState;
  page: number;
  pageSize: number;
  total: number;
}

export interface BulkOutcome {
  /** Job ids acted on. */
  done: string[];
  /** Job ids left alone, with why. */
  skipped: { id: string; reason: string }[];
}

export interface QueueControlView {
  queue: string;
  isPaused: boolean;
  counts: QueueCounts;
}

@Injectable()
export class AdminJobsService {
  constructor(
    private readonly queues: AdminQueues,
    private readonly stats: QueueStatsService,
    private readonly audits: AdminAuditsService,
  ) {}

  async list(query: ListJobsQuery): Promise<JobPage> {
    const queue = this.queues.get(query.queue);
    const start = (query.page - 1) * query.pageSize;
    const [jobs, counts] = await Promise.all([
      queue.getJobs(query.state, start, start + query.pageSize - 1, false) as Promise<Job[]>,
      queue.getJobCounts(query.state),
    ]);
    const items = jobs.map((job) => toJobView(job, queue.name, query.state));
    return { items, queue: queue.name, state: query.state, page: query.page, pageSize: query.pageSize, total: counts[query.state] ?? 0 };
  }

  async get(queueName: string, id: string): Promise<JobView> {
    const queue = this.queues.get(queueName);
    const job = await this.findJob(queue, id);
    return toJobView(job, queue.name, await job.getState());
  }

  /** Retries one failed job. A run-audit job goes through the audit, so its row is `queued` again too. */
  async retry(queueName: string, id: string): Promise<JobView> {
    const queue = this.queues.get(queueName);
    const job = await this.findJob(queue, id);
    const auditId = auditIdOf(job);
    if (auditId) {
      await this.audits.retry(auditId);
    } else {
      const state = await job.getState();
      if (state !== 'failed') throw new ConflictException(`Job ${id} is ${state}; only failed jobs can be retried`);
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    }
    return this.get(queueName, id);
  }

  /** Retries every job that is failed now (jobs that fail again meanwhile are left for the next call). */
  async retryAllFailed(queueName: string): Promise<BulkOutcome> {
    const queue = this.queues.get(queueName);
    return this.forEachJobIn(queue, 'failed', async (job) => {
      const auditId = auditIdOf(job);
      if (auditId) await this.audits.retry(auditId);
      else await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    });
  }

  /**
   * Removes the delayed jobs (retries waiting out their backoff, delayed adds), not the job
   * schedulers' next runs. The audits of removed run-audit jobs are marked failed with a reason,
   * so the sweeper does not queue them again and an admin can retry them later.
   */
  async drainDelayed(queueName: string): Promise<BulkOutcome> {
    const queue = this.queues.get(queueName);
    return this.forEachJobIn(queue, 'delayed', async (job) => {
      if (job.repeatJobKey) throw new SkipJob('the next run of a job scheduler');
      await job.remove();
      const auditId = auditIdOf(job);
      if (auditId) await this.audits.markRemovedByAdmin(auditId, DRAINED_REASON);
    });
  }

  async pause(queueName: string): Promise<QueueControlView> {
    const queue = this.queues.get(queueName);
    await queue.pause();
    return this.controlView(queue);
  }

  async resume(queueName: string): Promise<QueueControlView> {
    const queue = this.queues.get(queueName);
    await queue.resume();
    return this.controlView(queue);
  }

  private async controlView(queue: Queue): Promise<QueueControlView> {
    const [isPaused, counts] = await Promise.all([queue.isPaused(), this.stats.counts(queue)]);
    return { queue: queue.name, isPaused, counts };
  }

  private async findJob(queue: Queue, id: string): Promise<Job> {
    const job = (await queue.getJob(id)) as Job | undefined;
    if (!job) throw new NotFoundException(`No job ${id} in queue ${queue.name}`);
    return job;
  }

  /**
   * Applies `action` to the jobs in `state` now, at most as many as there were when it began (a job
   * that re-enters the state meanwhile is not taken twice). Errors are reported per job, not thrown.
   */
  private async forEachJobIn(queue: Queue, state: 'failed' | 'delayed', action: (job: Job) => Promise<void>): Promise<BulkOutcome> {
    const outcome: BulkOutcome = { done: [], skipped: [] };
    const seen = new Set<string>();
    const limit = (await queue.getJobCounts(state))[state] ?? 0;
    while (seen.size < limit) {
      const jobs = ((await queue.getJobs(state, outcome.skipped.length, outcome.skipped.length + BATCH - 1, true)) as Job[])
        .filter((job) => job.id && !seen.has(job.id));
      if (jobs.length === 0) break;
      for (const job of jobs.slice(0, limit - seen.size)) {
        seen.add(job.id!);
        try {
          await action(job);
          outcome.done.push(job.id!);
        } catch (error) {
          outcome.skipped.push({ id: job.id!, reason: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    return outcome;
  }
}

/** Thrown by a bulk action to leave a job alone on purpose. */
class SkipJob extends Error {}

function auditIdOf(job: Job): string | null {
  const auditId = (job.data as { auditId?: unknown } | undefined)?.auditId;
  return job.name === AUDIT_JOBS.run && typeof auditId === 'string' ? auditId : null;
}

function toJobView(job: Job, queue: string, state: string): JobView {
  const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : null);
  return {
    id: job.id ?? '',
    name: job.name,
    queue,
    state,
    auditId: auditIdOf(job),
    data: job.data,
    attemptsMade: job.attemptsMade,
    attempts: Math.max(1, job.opts.attempts ?? 1),
    failedReason: job.failedReason || null,
    stacktrace: (job.stacktrace ?? []).slice(-MAX_STACK_ENTRIES).map((trace) => trace.slice(0, MAX_STACK_CHARS)),
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: iso(job.processedOn),
    finishedAt: iso(job.finishedOn),
    runAt: state === 'delayed' ? iso(job.timestamp + (job.delay ?? 0)) : null,
    schedulerKey: job.repeatJobKey ?? null,
  };
}

import { registerAs } from '@nestjs/config';
import { readInt } from './env';

export const queueConfig = registerAs('queue', () => ({
  auditAttempts: readInt(process.env, 'AUDIT_JOB_ATTEMPTS', 3, 1, 20),
  auditBackoffMs: readInt(process.env, 'AUDIT_JOB_BACKOFF_MS', 2_000, 10, 600_000),
  workerConcurrency: readInt(process.env, 'WORKER_CONCURRENCY', 4, 1, 64),
  /** How long a worker holds a job before it is presumed dead and the job is handed to another. */
  lockDurationMs: readInt(process.env, 'WORKER_LOCK_DURATION_MS', 30_000, 1_000, 600_000),
  stalledIntervalMs: readInt(process.env, 'WORKER_STALLED_INTERVAL_MS', 30_000, 1_000, 600_000),
  /** Audits still `queued` after this long with no job in Redis are queued again by the sweeper. */
  sweepAfterMs: readInt(process.env, 'AUDIT_SWEEP_AFTER_MS', 60_000, 1_000, 86_400_000),
  keepCompletedJobs: readInt(process.env, 'QUEUE_KEEP_COMPLETED', 1_000, 0, 1_000_000),
  keepCompletedSeconds: readInt(process.env, 'QUEUE_KEEP_COMPLETED_SECONDS', 86_400, 0, 31_536_000),
  keepFailedJobs: readInt(process.env, 'QUEUE_KEEP_FAILED', 5_000, 0, 1_000_000),
  keepFailedSeconds: readInt(process.env, 'QUEUE_KEEP_FAILED_SECONDS', 604_800, 0, 31_536_000),
}));
export type QueueConfig = ReturnType<typeof queueConfig>;

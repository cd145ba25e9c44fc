import { registerAs } from '@nestjs/config';
import { readInt } from './env';

/** AUDIT_ENGINE_WARM_UP_RUNS' default; the benchmarks warm the engine as much before they measure it. */
export const ENGINE_WARM_UP_RUNS_DEFAULT = 3_000;

export const queueConfig = registerAs('queue', () => ({
  auditAttempts: readInt(process.env, 'AUDIT_JOB_ATTEMPTS', 3, 1, 20),
  auditBackoffMs: readInt(process.env, 'AUDIT_JOB_BACKOFF_MS', 2_000, 10, 600_000),
  workerConcurrency: readInt(process.env, 'WORKER_CONCURRENCY', 4, 1, 64),
  /**
   * Niceness a worker-only process (npm run start:worker) gives itself at start (0: as started, up to
   * 19), and its autogroup when it leads its own session (src/worker-priority.ts). Above 0 the kernel
   * serves the API first when both want the CPU, so a machine's API keeps accepting while its workers
   * use what is left; so is every other process on the machine.
   */
  workerNice: readInt(process.env, 'WORKER_NICE', 0, 0, 19),
  /** Engine runs on sample profiles a worker makes before it takes jobs, so its first jobs do not run cold code. */
  engineWarmUpRuns: readInt(process.env, 'AUDIT_ENGINE_WARM_UP_RUNS', ENGINE_WARM_UP_RUNS_DEFAULT, 0, 10_000),
  /**
   * Audit jobs a worker runs at start on rows and a queue of its own (deleted afterwards) before it
   * reports ready, so that its first real jobs do not pay for compiling the job path (0: none).
   */
  jobPathWarmUpJobs: readInt(process.env, 'AUDIT_JOB_PATH_WARM_UP_JOBS', 300, 0, 10_000),
  /** How long a worker holds a job before it is presumed dead and the job is handed to another. */
  lockDurationMs: readInt(process.env, 'WORKER_LOCK_DURATION_MS', 30_000, 1_000, 600_000),
  stalledIntervalMs: readInt(process.env, 'WORKER_STALLED_INTERVAL_MS', 30_000, 1_000, 600_000),
  /**
   * While Postgres is unreachable a job waits and retries without using up its attempts; the wait
   * doubles from AUDIT_JOB_BACKOFF_MS up to this.
   */
  outageRetryMaxMs: readInt(process.env, 'AUDIT_OUTAGE_RETRY_MAX_MS', 30_000, 100, 600_000),
  /** The reconciler runs this often (a BullMQ job scheduler). */
  reconcileEveryMs: readInt(process.env, 'AUDIT_RECONCILE_EVERY_MS', 30_000, 500, 3_600_000),
  /** Audits not final and unchanged this long, whose job is missing or failed, are queued again by the reconciler. */
  sweepAfterMs: readInt(process.env, 'AUDIT_SWEEP_AFTER_MS', 60_000, 1_000, 86_400_000),
  /** Rows the reconciler reads per batch; one run reads at most ten batches. */
  reconcileBatch: readInt(process.env, 'AUDIT_RECONCILE_BATCH', 500, 1, 10_000),
  /** How long POST /audits waits for Redis to take the job before answering 202 anyway (the reconciler queues it later). */
  enqueueTimeoutMs: readInt(process.env, 'AUDIT_ENQUEUE_TIMEOUT_MS', 500, 10, 10_000),
  /** Every process checks this often that each schedule it requires (reconciler, retention purge) is still in Redis. */
  scheduleCheckEveryMs: readInt(process.env, 'QUEUE_SCHEDULE_CHECK_MS', 30_000, 500, 3_600_000),
  keepCompletedJobs: readInt(process.env, 'QUEUE_KEEP_COMPLETED', 1_000, 0, 1_000_000),
  keepCompletedSeconds: readInt(process.env, 'QUEUE_KEEP_COMPLETED_SECONDS', 86_400, 0, 31_536_000),
  keepFailedJobs: readInt(process.env, 'QUEUE_KEEP_FAILED', 5_000, 0, 1_000_000),
  keepFailedSeconds: readInt(process.env, 'QUEUE_KEEP_FAILED_SECONDS', 604_800, 0, 31_536_000),
}));
export type QueueConfig = ReturnType<typeof queueConfig>;

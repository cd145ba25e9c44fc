import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { withDeadline } from '../common/dependency-errors';
import { bullConnection, producerConnection } from '../common/redis-connection';
import { queueConfig } from '../config/queue.config';
import { redisConfig } from '../config/redis.config';
import type { RunAuditJob } from './audit-queue.contract';
import { AuditQueueService } from './audit-queue.service';
import { workerOptions } from './audit.processor';
import { AuditRunnerService } from './audit-runner.service';
import { removeWarmUpLeftovers } from './warm-up-leftovers';
import { inJsonbKeyOrder, WARM_UP_SAMPLES } from './engine-warm-up';

/** Queue names `audits-warm-up-<start time in ms>-<owner id>`: never the real queue's, and dated for the leftover sweep. */
const QUEUE_NAME_PREFIX = 'audits-warm-up-';
/** The warm-up's own account; `.invalid` is reserved (RFC 2606), so no real address has it. */
const EMAIL_DOMAIN = '@job-path-warm-up.invalid';
const JOBS_DEADLINE_MS = 60_000;
const CLEAN_UP_DEADLINE_MS = 10_000;

/**
 * Runs AUDIT_JOB_PATH_WARM_UP_JOBS real audit jobs before the worker process reports ready: rows of an
 * account of its own, jobs on a queue of its own (the real worker options and job options), through the
 * real runner, then deletes both. Without it the first real jobs of each process pay for V8 compiling
 * BullMQ's, ioredis's and node-postgres's code on the job path (docs/performance.md, the drain probe).
 * Every process uses fresh ids, so several can start at once; what a process that died mid-way left is
 * removed by the next one to start. Failing to warm up never stops the start.
 */
@Injectable()
export class JobPathWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobPathWarmUp.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: AuditRunnerService,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jobs = this.config.jobPathWarmUpJobs;
    if (jobs === 0) return;
    const started = process.cpuUsage();
    try {
      await this.runJobs(jobs);
      const used = process.cpuUsage(started);
      // At debug level: a start shows only what matters (npm start's first lines; test/e2e/stranger.e2e-spec.ts).
      this.logger.debug(`Job path warmed up: ${jobs} jobs, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
    } catch (error) {
      this.logger.warn(`Could not warm up the job path: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async runJobs(count: number): Promise<void> {
    const owner = randomUUID();
    const queue = new Queue<RunAuditJob>(`${QUEUE_NAME_PREFIX}${Date.now()}-${owner}`, { connection: producerConnection(this.redis), prefix: this.redis.queuePrefix });
    let worker: Worker<RunAuditJob> | undefined;
    try {
      await removeWarmUpLeftovers(this.db, this.redis, { emailDomain: EMAIL_DOMAIN, queueNamePrefix: QUEUE_NAME_PREFIX }, queue);
      const ids = await this.insertRows(owner, count);
      let left = ids.length;
      const finished = new Promise<void>((resolve, reject) => {
        worker = new Worker<RunAuditJob>(queue.name, (job: Job<RunAuditJob>) => this.runner.run(job.data.auditId, job.attemptsMade + 1, { recordMetrics: false }), {
          ...workerOptions(),
          prefix: this.redis.queuePrefix,
        });
        worker.on('completed', () => (left -= 1) === 0 && resolve());
        worker.on('failed', (_job, error) => reject(error));
      });
      await withDeadline(Promise.all([this.enqueue(queue, ids), finished]), JOBS_DEADLINE_MS, 'The warm-up jobs');
    } finally {
      await withDeadline(this.cleanUp(queue, worker, owner), CLEAN_UP_DEADLINE_MS, 'Removing the warm-up jobs');
    }
  }

  /** Half one job at a time (each fetched alone, as when the API paces a flood), half as a backlog; the API's own producer code. */
  private async enqueue(queue: Queue<RunAuditJob>, ids: readonly string[]): Promise<void> {
    const producer = new AuditQueueService(queue, this.config);
    const half = Math.ceil(ids.length / 2);
    for (const id of ids.slice(0, half)) await producer.enqueueOrLeaveForReconciler([id]);
    await producer.enqueueOrLeaveForReconciler(ids.slice(half));
  }

  private async insertRows(owner: string, count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    // Stored as jsonb, then read back by the claim: the profiles reach the engine as real jobs' do.
    const profiles = ids.map((_, index) => inJsonbKeyOrder(WARM_UP_SAMPLES[index % WARM_UP_SAMPLES.length]));
    await this.db.query(`INSERT INTO users (id, email, role, password_hash) VALUES ($1, $2, 'candidate', '!')`, [owner, `${owner}${EMAIL_DOMAIN}`]);
    await this.db.query(
      `INSERT INTO audits (id, owner_id, status, profile, request_hash, profile_bytes)
         SELECT id, $2, 'queued', profile, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), octet_length(profile::text)
           FROM ROWS FROM (unnest($1::uuid[]), jsonb_array_elements($3::jsonb)) AS row (id, profile)`,
      [ids, owner, JSON.stringify(profiles)],
    );
    return ids;
  }

  private async cleanUp(queue: Queue, worker: Worker | undefined, owner: string): Promise<void> {
    await worker?.close(true);
    await queue.obliterate({ force: true });
    await queue.close();
    // The audits go with their owner (ON DELETE CASCADE).
    await this.db.query('DELETE FROM users WHERE id = $1', [owner]);
  }
}

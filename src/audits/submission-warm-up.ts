import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service';
import { withDeadline } from '../common/dependency-errors';
import { producerConnection } from '../common/redis-connection';
import { BATCH_MAX_ITEMS } from '../config/admission.config';
import { queueConfig } from '../config/queue.config';
import { redisConfig } from '../config/redis.config';
import { AdmissionService } from './admission.service';
import type { RunAuditJob } from './audit-queue.contract';
import { AuditIntakeService } from './audit-intake.service';
import { AuditQueueService } from './audit-queue.service';
import { SUBMISSION_WARM_UP_EMAIL_DOMAIN } from './warm-up-accounts';
import { removeWarmUpLeftovers } from './warm-up-leftovers';

/** Queue names `audits-api-warm-up-<start time in ms>-<id>`: never the real queue's, and dated for the leftover sweep. */
const QUEUE_NAME_PREFIX = 'audits-api-warm-up-';
const CLEAN_UP_DEADLINE_MS = 10_000;
/** Submissions per warm-up account: the smallest burst admission allows while its rate is on, so none is refused 429. */
const SUBMISSIONS_PER_ACCOUNT = BATCH_MAX_ITEMS;

/** What the HTTP warm-up sends with: one bearer token per account, each for at most `submissionsPerToken` POSTs. */
export interface SubmissionWarmUpSession {
  tokens: string[];
  submissionsPerToken: number;
  close(): Promise<void>;
}

/**
 * Lets the API's HTTP warm-up (src/http/warm-up.ts) submit real audits before the process listens:
 * candidate accounts of its own (fresh ids, `.invalid` addresses), whose audits are admitted and
 * stored like any other but whose jobs the intake adds to a queue of their own, never the real one.
 * Closing deletes the accounts (their audits go with them) and the queue, and forgets the queue room
 * the warm-up reserved; their tokens never leave the process. What a process that died mid-way left
 * is removed by the next one to start (and the reconciler never queues it).
 */
@Injectable()
export class SubmissionWarmUp {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly intake: AuditIntakeService,
    private readonly admission: AdmissionService,
    private readonly tokens: TokenService,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
  ) {}

  async open(submissions: number): Promise<SubmissionWarmUpSession> {
    const queue = new Queue<RunAuditJob>(`${QUEUE_NAME_PREFIX}${Date.now()}-${randomUUID()}`, { connection: producerConnection(this.redis), prefix: this.redis.queuePrefix });
    const owners = Array.from({ length: Math.ceil(submissions / SUBMISSIONS_PER_ACCOUNT) }, () => randomUUID());
    const close = () => withDeadline(this.cleanUp(queue, owners), CLEAN_UP_DEADLINE_MS, 'Removing the warm-up audits');
    try {
      await removeWarmUpLeftovers(this.db, this.redis, { emailDomain: SUBMISSION_WARM_UP_EMAIL_DOMAIN, queueNamePrefix: QUEUE_NAME_PREFIX }, queue);
      await this.db.query(
        `INSERT INTO users (id, email, role, password_hash) SELECT id, id::text || $2, 'candidate', '!' FROM unnest($1::uuid[]) AS id`,
        [owners, SUBMISSION_WARM_UP_EMAIL_DOMAIN],
      );
      this.intake.divertJobsOf(new Set(owners), new AuditQueueService(queue, this.config));
      const tokens = await Promise.all(owners.map(async (id) => (await this.tokens.issue({ id, email: `${id}${SUBMISSION_WARM_UP_EMAIL_DOMAIN}`, role: 'candidate' })).accessToken));
      return { tokens, submissionsPerToken: SUBMISSIONS_PER_ACCOUNT, close };
    } catch (error) {
      await close();
      throw error;
    }
  }

  /**
   * The intake goes on diverting these owners' jobs: a submission still being handled (the warm-up
   * timed out) adds its job to this closed queue, never the real one, and its row goes with its owner.
   */
  private async cleanUp(queue: Queue, owners: readonly string[]): Promise<void> {
    this.admission.forgetReservations();
    try {
      // The audits go with their owners (ON DELETE CASCADE).
      await this.db.query('DELETE FROM users WHERE id = ANY($1::uuid[])', [owners]);
    } finally {
      try {
        await queue.obliterate({ force: true });
      } finally {
        await queue.close();
      }
    }
  }
}

import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, type Repository } from 'typeorm';
import type { Profile } from '../analysis/types';
import { canonicalJson, sha256Hex } from '../common/canonical-json';
import { withDeadline } from '../common/dependency-errors';
import { queueConfig } from '../config/queue.config';
import { Audit } from './audit.entity';
import { AuditCleanupService } from './audit-cleanup.service';
import { AuditQueueService } from './audit-queue.service';
import type { ListAuditsQuery } from './dto/list-audits.query';

export interface SubmitResult {
  audit: Audit;
  /** False when an Idempotency-Key replay returned an existing audit. */
  created: boolean;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AuditsService {
  private readonly logger = new Logger(AuditsService.name);

  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    private readonly auditQueue: AuditQueueService,
    private readonly cleanup: AuditCleanupService,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  /**
   * Stores the audit, then queues its job. The answer is truthful either way: an error before the
   * INSERT commits means nothing was accepted (the client may retry); once it has committed the
   * answer is 202 whatever Redis does, and an audit Redis did not take in time is queued later by
   * the reconciler.
   */
  async submit(ownerId: string, profile: Profile, idempotencyKey?: string): Promise<SubmitResult> {
    const body = canonicalJson(profile);
    const requestHash = sha256Hex(body);
    if (idempotencyKey) {
      const replay = await this.findReplay(ownerId, idempotencyKey, requestHash);
      if (replay) return { audit: replay, created: false };
    }
    const audit = this.audits.create({
      id: randomUUID(),
      ownerId,
      status: 'queued',
      profile: JSON.parse(body) as Profile,
      idempotencyKey: idempotencyKey ?? null,
      requestHash,
      profileBytes: Buffer.byteLength(body),
      report: null,
      engineVersion: null,
      overallScore: null,
      failureReason: null,
      attempts: 0,
      startedAt: null,
      finishedAt: null,
      engineMs: null,
    });
    try {
      await this.audits.insert(audit);
    } catch (error) {
      if (idempotencyKey && isUniqueViolation(error)) {
        const replay = await this.findReplay(ownerId, idempotencyKey, requestHash);
        if (replay) return { audit: replay, created: false };
      }
      throw error;
    }
    // Committed (insert filled in createdAt and updatedAt): no statement after this may fail the request.
    await this.enqueueOrLeaveForReconciler(audit.id);
    return { audit, created: true };
  }

  /** The owner's audit; 404 for an audit that does not exist or belongs to someone else. */
  async get(ownerId: string, id: string): Promise<Audit> {
    const audit = await this.audits.findOneBy({ id, ownerId });
    if (!audit) throw new NotFoundException(`Audit ${id} not found`);
    return audit;
  }

  /** The profile as submitted, for showing evidence in context; 404 once the retention purge cleared it. */
  async submittedProfile(ownerId: string, id: string): Promise<Profile> {
    const audit = await this.get(ownerId, id);
    if (!audit.profile) throw new NotFoundException(`The submitted profile of audit ${id} was deleted after the retention period`);
    return audit.profile;
  }

  /**
   * Deletes the audit (its shares, comments and view log go with it), then its job in Redis. Once the
   * row is gone the answer is success whatever Redis does: what Redis still holds of it is recorded in
   * the same transaction and removed by the reconciler if Redis cannot be reached now.
   */
  async remove(ownerId: string, id: string): Promise<void> {
    const deleted = await this.audits.manager.transaction(async (manager) => {
      const { affected } = await manager.delete(Audit, { id, ownerId });
      if (affected) await this.cleanup.record(manager, [id]);
      return Boolean(affected);
    });
    if (!deleted) throw new NotFoundException(`Audit ${id} not found`);
    await this.cleanup.removeNow([id]);
  }

  async list(ownerId: string, query: ListAuditsQuery): Promise<{ items: Audit[]; total: number }> {
    const [items, total] = await this.audits.findAndCount({
      where: query.status ? { ownerId, status: query.status } : { ownerId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true, status: true, engineVersion: true, overallScore: true, failureReason: true, attempts: true,
        createdAt: true, updatedAt: true, startedAt: true, finishedAt: true, engineMs: true,
      },
    });
    return { items, total };
  }

  private async findReplay(ownerId: string, idempotencyKey: string, requestHash: string): Promise<Audit | null> {
    const existing = await this.audits.findOneBy({ ownerId, idempotencyKey });
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new ConflictException('Idempotency-Key was already used with a different request body');
    }
    return existing;
  }

  /** Waits at most AUDIT_ENQUEUE_TIMEOUT_MS for Redis; never throws (the reconciler queues what is left). */
  private async enqueueOrLeaveForReconciler(auditId: string): Promise<void> {
    try {
      await withDeadline(this.auditQueue.enqueue(auditId), this.config.enqueueTimeoutMs, `Queueing audit ${auditId}`);
    } catch (error) {
      this.logger.warn(`Audit ${auditId} stored but not queued yet (${error instanceof Error ? error.message : String(error)}); the reconciler will queue it`);
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}

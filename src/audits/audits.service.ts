import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import type { Profile } from '../analysis/types';
import { assertRole } from '../auth/auth.guard';
import { TokenService } from '../auth/token.service';
import { Audit } from './audit.entity';
import { AuditCleanupService } from './audit-cleanup.service';
import { AuditIntakeService } from './audit-intake.service';
import type { ListAuditsQuery } from './dto/list-audits.query';

export interface SubmitResult {
  audit: Audit;
  /** False when an Idempotency-Key replay returned an existing audit. */
  created: boolean;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AuditsService {
  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    private readonly intake: AuditIntakeService,
    private readonly cleanup: AuditCleanupService,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Admits, stores, then queues the audit (AuditIntakeService). The answer is truthful either way: an
   * error before the INSERT commits means nothing was accepted (the client may retry); once it has
   * committed the answer is 202 whatever Redis does, and an audit Redis did not take in time is
   * queued later by the reconciler. The owner's account is checked by the INSERT (refused 401 or 403
   * if it is gone or not a candidate's); a replay needs no check, as an audit is deleted with its owner.
   */
  async submit(ownerId: string, profile: Profile, idempotencyKey?: string): Promise<SubmitResult> {
    const newAudit = this.intake.newAudit(profile, { ownerId, idempotencyKey: idempotencyKey ?? null, batchId: null });
    if (idempotencyKey) {
      const replay = await this.findReplay(ownerId, idempotencyKey, newAudit.requestHash);
      if (replay) return { audit: replay, created: false };
    }
    try {
      const [audit] = await this.intake.accept(ownerId, [newAudit], { ownerMustBeCandidate: true });
      if (!audit) return await this.refuseAccount(ownerId);
      return { audit, created: true };
    } catch (error) {
      if (idempotencyKey && isUniqueViolation(error)) {
        const replay = await this.findReplay(ownerId, idempotencyKey, newAudit.requestHash);
        if (replay) return { audit: replay, created: false };
      }
      throw error;
    }
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

  /**
   * The INSERT stored nothing: the owner's account is gone (401) or not a candidate's (403), answered
   * as AuthGuard would have answered (POST /audits is AccountCheckedByWrite).
   */
  private async refuseAccount(ownerId: string): Promise<never> {
    assertRole(await this.tokens.accountOf(ownerId), ['candidate']);
    throw new Error(`The audit of candidate ${ownerId} was not stored`);
  }

  private async findReplay(ownerId: string, idempotencyKey: string, requestHash: string): Promise<Audit | null> {
    const existing = await this.audits.findOneBy({ ownerId, idempotencyKey });
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new ConflictException('Idempotency-Key was already used with a different request body');
    }
    return existing;
  }
}

function isUniqueViolation(error: unknown): boolean {
  // node-postgres's error (a prepared statement), or TypeORM's QueryFailedError around it.
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  return (driverError as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}

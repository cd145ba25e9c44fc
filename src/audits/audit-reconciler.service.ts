import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { unavailableDependency } from '../common/dependency-errors';
import { queueConfig } from '../config/queue.config';
import { Audit } from './audit.entity';
import { AuditQueueService } from './audit-queue.service';
import { SUBMISSION_WARM_UP_EMAIL_DOMAIN } from './warm-up-accounts';

/** One run reads at most this many batches of AUDIT_RECONCILE_BATCH rows; the next run goes on. */
const MAX_BATCHES_PER_RUN = 10;

/**
 * Postgres is the source of truth: every audit whose row is not final (queued, processing) and has
 * not changed for AUDIT_SWEEP_AFTER_MS, and whose job is missing (the add failed, Redis was flushed)
 * or already failed or completed (retries ran out while the database was down), is queued again.
 * Idempotent and safe in many processes at once: it relies on the job id being the audit id. The
 * audits of the API's warm-up accounts are never queued: their jobs belong on the warm-up's own queue,
 * and what a warm-up that died left is deleted by the next API to start.
 */
@Injectable()
export class AuditReconcilerService {
  private readonly logger = new Logger(AuditReconcilerService.name);

  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    private readonly auditQueue: AuditQueueService,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  /** Returns the ids it queued again. */
  async reconcile(now = new Date()): Promise<string[]> {
    const unchangedSince = new Date(now.getTime() - this.config.sweepAfterMs);
    const requeued: string[] = [];
    let after: string | undefined;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
      const stale = await this.staleAudits(unchangedSince, after);
      for (const { id } of stale) if (await this.requeueIfLost(id)) requeued.push(id);
      if (stale.length < this.config.reconcileBatch) break;
      after = stale[stale.length - 1]!.id;
    }
    if (requeued.length > 0) this.logger.warn(`Re-queued ${requeued.length} audits whose job was missing or had failed: ${requeued.join(', ')}`);
    return requeued;
  }

  /** In id order, after `after` (keyset paging, so one run never reads a row twice). */
  private staleAudits(unchangedSince: Date, after: string | undefined): Promise<Pick<Audit, 'id'>[]> {
    const query = this.audits
      .createQueryBuilder('audit')
      .select('audit.id')
      .where('audit.status IN (:...statuses)', { statuses: ['queued', 'processing'] })
      .andWhere('audit.updatedAt < :unchangedSince', { unchangedSince })
      .andWhere('NOT EXISTS (SELECT 1 FROM users warm_up WHERE warm_up.id = audit.owner_id AND warm_up.email LIKE :warmUpEmail)', {
        warmUpEmail: `%${SUBMISSION_WARM_UP_EMAIL_DOMAIN}`,
      })
      .orderBy('audit.id', 'ASC')
      .limit(this.config.reconcileBatch);
    if (after) query.andWhere('audit.id > :after', { after });
    return query.getMany();
  }

  /** One audit's failure is logged and skipped; Redis being away ends the run (the next run goes on). */
  private async requeueIfLost(auditId: string): Promise<boolean> {
    try {
      return await this.auditQueue.requeueIfLost(auditId);
    } catch (error) {
      if (unavailableDependency(error)) throw error;
      this.logger.warn(`Could not re-queue audit ${auditId}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditQueueService } from './audit-queue.service';

/** Cleanups one reconcile run works through at most; the next run goes on. */
const DRAIN_BATCH = 500;

/**
 * Redis keeps an audit's job and queue events after its row is deleted; they name the audit, so
 * they must go too. Deleting is a Postgres transaction that also records the audit here
 * (audit_job_cleanups), so the deletion stands and is answered truthfully whatever Redis does: the
 * traces are removed at once when Redis answers, else by the reconcile run once it is back.
 */
@Injectable()
export class AuditCleanupService {
  private readonly logger = new Logger(AuditCleanupService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditQueue: AuditQueueService,
  ) {}

  /** Inside the transaction that deletes these audits. */
  async record(manager: EntityManager, auditIds: readonly string[]): Promise<void> {
    if (auditIds.length === 0) return;
    await manager.query(`INSERT INTO audit_job_cleanups (audit_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [auditIds]);
  }

  /** A job ran for an audit that no longer exists (deleted while its job was being re-queued): clean it up later. */
  async recordOrphan(auditId: string): Promise<void> {
    await this.record(this.dataSource.manager, [auditId]);
  }

  /**
   * After the commit: removes the traces now, waiting for a job a worker is running. Never throws:
   * the deletion has happened, and whatever is left is removed by the next reconcile run.
   */
  async removeNow(auditIds: readonly string[]): Promise<void> {
    if (auditIds.length === 0) return;
    try {
      await this.auditQueue.removeJobs(auditIds);
      await this.forget(auditIds);
    } catch (error) {
      this.logger.warn(`The jobs of ${auditIds.length} deleted audits are left for the reconciler (${describe(error)})`);
    }
  }

  /** Run by the reconciler: removes what Redis still holds of deleted audits; a running job waits for the next run. */
  async drain(): Promise<number> {
    const pending: { audit_id: string }[] = await this.dataSource.query(
      `SELECT audit_id FROM audit_job_cleanups ORDER BY created_at LIMIT $1`,
      [DRAIN_BATCH],
    );
    if (pending.length === 0) return 0;
    const gone = await this.auditQueue.removeIdleJobs(pending.map((row) => row.audit_id));
    await this.forget(gone);
    return gone.length;
  }

  private async forget(auditIds: readonly string[]): Promise<void> {
    if (auditIds.length > 0) await this.dataSource.query(`DELETE FROM audit_job_cleanups WHERE audit_id = ANY($1::uuid[])`, [auditIds]);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

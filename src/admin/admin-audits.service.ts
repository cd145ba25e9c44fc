import { InjectQueue } from '@nestjs/bullmq';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { Not, type Repository } from 'typeorm';
import { Audit } from '../audits/audit.entity';
import { AUDIT_QUEUE, type RunAuditJob } from '../audits/audit-queue.contract';
import { AuditQueueService } from '../audits/audit-queue.service';
import type { ListAdminAuditsQuery } from './dto/admin-queries';

export interface AdminAuditView {
  id: string;
  status: Audit['status'];
  failureReason: string | null;
  attempts: number;
  engineVersion: string | null;
  overallScore: number | null;
  profileBytes: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The state of its job in Redis now ('missing' once removed by retention or never queued). */
  jobState?: string;
}

export interface AdminAuditPage {
  items: AdminAuditView[];
  page: number;
  pageSize: number;
  total: number;
}

const ADMIN_AUDIT_COLUMNS = {
  id: true, status: true, failureReason: true, attempts: true, engineVersion: true, overallScore: true,
  profileBytes: true, createdAt: true, startedAt: true, finishedAt: true,
} as const;

/** Audits submitted through POST /audits/batch: batches and their audits. */
export interface BatchStats {
  lastHour: { batches: number; audits: number };
  total: { batches: number; audits: number };
}

/** Audits as admins see them: status, failure reason and timings, never the profile or the report. */
@Injectable()
export class AdminAuditsService {
  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue<RunAuditJob>,
    private readonly auditQueue: AuditQueueService,
  ) {}

  async list(query: ListAdminAuditsQuery): Promise<AdminAuditPage> {
    const [rows, total] = await this.audits.findAndCount({
      select: ADMIN_AUDIT_COLUMNS,
      where: { status: query.status },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toAdminAuditView), page: query.page, pageSize: query.pageSize, total };
  }

  async batchStats(): Promise<BatchStats> {
    const [row] = (await this.audits.query(
      `SELECT count(DISTINCT batch_id) AS batches, count(*) AS audits,
              count(DISTINCT batch_id) FILTER (WHERE created_at > now() - interval '1 hour') AS batches_hour,
              count(*) FILTER (WHERE created_at > now() - interval '1 hour') AS audits_hour
         FROM audits WHERE batch_id IS NOT NULL`,
    )) as Record<'batches' | 'audits' | 'batches_hour' | 'audits_hour', string>[];
    return {
      lastHour: { batches: Number(row!.batches_hour), audits: Number(row!.audits_hour) },
      total: { batches: Number(row!.batches), audits: Number(row!.audits) },
    };
  }

  async get(id: string): Promise<AdminAuditView> {
    const audit = await this.audits.findOne({ select: ADMIN_AUDIT_COLUMNS, where: { id } });
    if (!audit) throw new NotFoundException(`Audit ${id} not found`);
    const job = await this.queue.getJob(id);
    return { ...toAdminAuditView(audit), jobState: job ? await job.getState() : 'missing' };
  }

  /**
   * Runs a failed audit again under the same id: the row goes back to `queued`, then its failed job
   * is retried with fresh attempts (or re-added with the same id when retention already removed it).
   */
  async retry(id: string): Promise<AdminAuditView> {
    const audit = await this.audits.findOne({ select: { id: true, status: true, failureReason: true }, where: { id } });
    if (!audit) throw new NotFoundException(`Audit ${id} not found`);
    if (audit.status !== 'failed') throw new ConflictException(`Audit ${id} is ${audit.status}; only failed audits can be retried`);
    const reset = await this.audits.update(
      { id, status: 'failed' },
      { status: 'queued', failureReason: null, attempts: 0, startedAt: null, finishedAt: null },
    );
    if (!reset.affected) throw new ConflictException(`Audit ${id} changed while it was being retried; reload and try again`);
    try {
      await this.requeue(id);
    } catch (error) {
      await this.audits.update({ id, status: 'queued' }, { status: 'failed', failureReason: audit.failureReason });
      throw error;
    }
    return this.get(id);
  }

  /** Marks the audit of a job an admin removed as failed, so the sweeper does not queue it again. */
  async markRemovedByAdmin(id: string, reason: string): Promise<void> {
    await this.audits.update({ id, status: Not('completed') }, { status: 'failed', failureReason: reason, finishedAt: new Date() });
  }

  private async requeue(id: string): Promise<void> {
    const job: Job<RunAuditJob> | undefined = await this.queue.getJob(id);
    if (!job) return this.auditQueue.enqueue(id);
    const state = await job.getState();
    if (state === 'failed' || state === 'completed') {
      await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
    } else if (state === 'unknown') {
      // A job hash in no state list would make the add below a no-op: clear it first.
      await job.remove();
      await this.auditQueue.enqueue(id);
    }
    // Waiting, delayed or active: the job is already on its way to a worker.
  }
}

function toAdminAuditView(audit: Audit): AdminAuditView {
  return {
    id: audit.id,
    status: audit.status,
    failureReason: audit.failureReason,
    attempts: audit.attempts,
    engineVersion: audit.engineVersion,
    overallScore: audit.overallScore,
    profileBytes: audit.profileBytes,
    createdAt: audit.createdAt.toISOString(),
    startedAt: audit.startedAt?.toISOString() ?? null,
    finishedAt: audit.finishedAt?.toISOString() ?? null,
  };
}

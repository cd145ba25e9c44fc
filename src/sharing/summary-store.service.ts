import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { RecruiterSummary } from '../analysis/types';
import type { AuditStatus } from '../audits/audit.entity';
import { type RecruiterSummaryView, type ShareMetadata, toRecruiterSummaryBody } from './dto/summary-views';
import { FlagComment } from './flag-comment.entity';

/** The columns of an audit the sharing layer reads: never the profile, and of the report only its recruiter summary. */
export interface StoredSummary {
  auditId: string;
  ownerId: string;
  status: AuditStatus;
  engineVersion: string | null;
  finishedAt: Date | null;
  summary: RecruiterSummary | null;
}

interface SummaryRow {
  id: string;
  owner_id: string;
  status: AuditStatus;
  engine_version: string | null;
  finished_at: Date | null;
  summary: RecruiterSummary | null;
}

@Injectable()
export class SummaryStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(FlagComment) private readonly comments: Repository<FlagComment>,
  ) {}

  /** The candidate's own audit; 404 when it does not exist or is someone else's. */
  async ownedBy(ownerId: string, auditId: string): Promise<StoredSummary> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT id, owner_id, status, engine_version, finished_at, report -> 'recruiterSummary' AS summary
         FROM audits WHERE id = $1 AND owner_id = $2`,
      [auditId, ownerId],
    );
    if (rows.length === 0) throw new NotFoundException(`Audit ${auditId} not found`);
    const row = rows[0]!;
    return {
      auditId: row.id,
      ownerId: row.owner_id,
      status: row.status,
      engineVersion: row.engine_version,
      finishedAt: row.finished_at,
      summary: row.summary,
    };
  }

  /** As ownedBy, and the audit must be completed (it has a summary to show or share). */
  async completedOwnedBy(ownerId: string, auditId: string): Promise<StoredSummary & { summary: RecruiterSummary }> {
    const stored = await this.ownedBy(ownerId, auditId);
    if (stored.status !== 'completed' || !stored.summary) {
      throw new ConflictException(`Audit ${auditId} is ${stored.status}: its recruiter summary exists once it is completed`);
    }
    return stored as StoredSummary & { summary: RecruiterSummary };
  }

  async view(
    source: { auditId: string; engineVersion: string | null; finishedAt: Date | null; summary: RecruiterSummary },
    share: ShareMetadata | null,
  ): Promise<RecruiterSummaryView> {
    const comments = await this.comments.findBy({ auditId: source.auditId });
    return {
      auditId: source.auditId,
      engineVersion: source.engineVersion,
      completedAt: source.finishedAt?.toISOString() ?? null,
      share,
      summary: toRecruiterSummaryBody(source.summary, comments),
    };
  }
}

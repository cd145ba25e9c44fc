import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import type { FlagCategory, Grade, RecruiterSummary, Severity } from '../analysis/types';
import type { RecruiterSummariesQuery } from './dto/sharing-inputs';
import {
  type RecruiterSummaryPage,
  type RecruiterSummaryView,
  recruiterSummaryUrl,
  type ShareMetadata,
} from './dto/summary-views';
import type { ShareKind } from './share.entity';
import { hashOfPresentedToken } from './sharing-tokens';
import { SummaryStore } from './summary-store.service';
import { SummaryView, type ViewChannel } from './summary-view.entity';

/** A share that is neither revoked nor expired, by the database clock. */
const ACTIVE_SHARE = `s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now()) AND a.status = 'completed'`;

/** The columns every shared-summary query selects: the share and whose audit it is. */
interface ShareRow {
  share_id: string;
  kind: ShareKind;
  shared_at: Date;
  expires_at: Date | null;
  audit_request_id: string | null;
  owner_email: string;
  audit_id: string;
}

interface SharedSummaryRow extends ShareRow {
  engine_version: string | null;
  finished_at: Date | null;
  summary: RecruiterSummary;
}

interface ListRow extends ShareRow {
  overall: { value: number; grade: Grade };
  flag_counts: { category: FlagCategory; severity: Severity; count: number }[];
  total: string;
}

/**
 * What recruiters (and link holders) read. Every query selects only the report's recruiter summary,
 * and every read of one summary is written to the view log before it is answered.
 */
@Injectable()
export class RecruiterReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SummaryView) private readonly views: Repository<SummaryView>,
    private readonly summaries: SummaryStore,
  ) {}

  async list(recruiterId: string, query: RecruiterSummariesQuery): Promise<RecruiterSummaryPage> {
    const params: unknown[] = [recruiterId];
    const filters = [`s.recruiter_id = $1`, ACTIVE_SHARE];
    if (query.minScore !== undefined) filters.push(`a.overall_score >= $${params.push(query.minScore)}`);
    if (query.maxScore !== undefined) filters.push(`a.overall_score <= $${params.push(query.maxScore)}`);
    if (query.flagCategory || query.flagSeverity) {
      const wanted = { ...(query.flagCategory && { category: query.flagCategory }), ...(query.flagSeverity && { severity: query.flagSeverity }) };
      filters.push(`a.report -> 'recruiterSummary' -> 'flagCounts' @> $${params.push(JSON.stringify([wanted]))}::jsonb`);
    }
    const limit = `$${params.push(query.pageSize)}`;
    const offset = `$${params.push((query.page - 1) * query.pageSize)}`;
    const rows: ListRow[] = await this.dataSource.query(
      `SELECT s.id AS share_id, s.kind, s.created_at AS shared_at, s.expires_at, s.audit_request_id, u.email AS owner_email,
              a.id AS audit_id, a.report -> 'recruiterSummary' -> 'scores' -> 'overall' AS overall,
              a.report -> 'recruiterSummary' -> 'flagCounts' AS flag_counts, count(*) OVER () AS total
         FROM shares s JOIN audits a ON a.id = s.audit_id JOIN users u ON u.id = s.owner_id
        WHERE ${filters.join(' AND ')}
        ORDER BY s.created_at DESC, s.id
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return {
      items: rows.map((row) => ({
        auditId: row.audit_id,
        share: shareMetadata(row),
        overall: row.overall,
        flagCounts: row.flag_counts,
        url: recruiterSummaryUrl(row.audit_id),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: rows.length > 0 ? Number(rows[0]!.total) : await this.countPastLastPage(recruiterId, query),
    };
  }

  /** One summary shared with this recruiter; 404 when it was never shared, or is revoked or expired. */
  async read(recruiterId: string, auditId: string): Promise<RecruiterSummaryView> {
    const row = await this.findShared(`s.recruiter_id = $1 AND s.audit_id = $2`, [recruiterId, auditId]);
    if (!row) throw new NotFoundException(`No summary of audit ${auditId} is shared with you`);
    await this.logView(row, recruiterId, 'recruiter');
    return this.toView(row);
  }

  /** A summary opened through a share link (no account needed); 404 when unknown, revoked or expired. */
  async readLink(token: string): Promise<RecruiterSummaryView> {
    const hash = hashOfPresentedToken(token);
    const row = hash ? await this.findShared(`s.kind = 'link' AND s.link_token_hash = $1`, [hash]) : undefined;
    if (!row) throw new NotFoundException('This share link does not exist, has expired or was revoked');
    await this.logView(row, null, 'link');
    return this.toView(row);
  }

  private async findShared(condition: string, params: unknown[]): Promise<SharedSummaryRow | undefined> {
    const rows: SharedSummaryRow[] = await this.dataSource.query(
      `SELECT s.id AS share_id, s.kind, s.created_at AS shared_at, s.expires_at, s.audit_request_id, u.email AS owner_email,
              a.id AS audit_id, a.engine_version, a.finished_at, a.report -> 'recruiterSummary' AS summary
         FROM shares s JOIN audits a ON a.id = s.audit_id JOIN users u ON u.id = s.owner_id
        WHERE ${condition} AND ${ACTIVE_SHARE}
        LIMIT 1`,
      params,
    );
    return rows[0];
  }

  private async logView(row: SharedSummaryRow, viewerId: string | null, via: ViewChannel): Promise<void> {
    await this.views.insert({ id: randomUUID(), auditId: row.audit_id, shareId: row.share_id, viewerId, via });
  }

  private toView(row: SharedSummaryRow): Promise<RecruiterSummaryView> {
    return this.summaries.view(
      { auditId: row.audit_id, engineVersion: row.engine_version, finishedAt: row.finished_at, summary: row.summary },
      shareMetadata(row),
    );
  }

  /** A page past the end has no rows to carry the window count: ask for the first page instead. */
  private async countPastLastPage(recruiterId: string, query: RecruiterSummariesQuery): Promise<number> {
    if (query.page === 1) return 0;
    const page = await this.list(recruiterId, { ...query, page: 1, pageSize: 1 });
    return page.total;
  }
}

function shareMetadata(row: ShareRow): ShareMetadata {
  return {
    id: row.share_id,
    kind: row.kind,
    sharedAt: row.shared_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    sharedBy: row.kind === 'recruiter' ? { email: row.owner_email } : null,
    requestId: row.audit_request_id,
  };
}

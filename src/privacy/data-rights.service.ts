import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Profile, Report } from '../analysis/types';
import { LoginThrottleService } from '../accounts/login-throttle.service';
import { AuditCleanupService } from '../audits/audit-cleanup.service';
import type { AuthUser } from '../auth/auth.types';

/** Everything Citra holds about one account, as the account holder may download it. */
export interface AccountExport {
  exportedAt: string;
  account: { id: string; email: string; role: string; organisation: string | null; createdAt: string; updatedAt: string };
  audits: ExportedAudit[];
  sharesGiven: Record<string, unknown>[];
  flagComments: Record<string, unknown>[];
  /** Reads of your shared summaries. */
  viewsOfYourSummaries: Record<string, unknown>[];
  /** Audit requests you answered (candidates). */
  auditRequestsAnswered: Record<string, unknown>[];
  /** Audit requests you sent (recruiters). */
  auditRequestsSent: Record<string, unknown>[];
  /** Summaries shared with you (recruiters): share and audit ids only; the summaries are the candidates' data. */
  sharesReceived: Record<string, unknown>[];
  /** Summaries you read (recruiters). */
  summariesYouViewed: Record<string, unknown>[];
}

export interface ExportedAudit {
  id: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
  idempotencyKey: string | null;
  engineVersion: string | null;
  /** Null once purged after PROFILE_RETENTION_DAYS. */
  profile: Profile | null;
  report: Report | null;
}

@Injectable()
export class DataRightsService {
  private readonly logger = new Logger(DataRightsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cleanup: AuditCleanupService,
    private readonly loginThrottle: LoginThrottleService,
  ) {}

  async export(user: AuthUser): Promise<AccountExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [account] = await manager.query(
        `SELECT id, email, role, organisation, created_at AS "createdAt", updated_at AS "updatedAt" FROM users WHERE id = $1`,
        [user.id],
      );
      if (!account) throw new NotFoundException('Account not found');
      const rows = (sql: string) => manager.query(sql, [user.id]) as Promise<Record<string, unknown>[]>;
      return {
        exportedAt: new Date().toISOString(),
        account,
        audits: (await rows(
          `SELECT id, status, created_at AS "createdAt", finished_at AS "finishedAt", idempotency_key AS "idempotencyKey",
                  engine_version AS "engineVersion", profile, report
             FROM audits WHERE owner_id = $1 ORDER BY created_at`,
        )) as unknown as ExportedAudit[],
        sharesGiven: await rows(
          `SELECT s.id, s.audit_id AS "auditId", s.kind, r.email AS "recruiterEmail", s.audit_request_id AS "auditRequestId",
                  s.created_at AS "createdAt", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt"
             FROM shares s LEFT JOIN users r ON r.id = s.recruiter_id WHERE s.owner_id = $1 ORDER BY s.created_at`,
        ),
        flagComments: await rows(
          `SELECT c.audit_id AS "auditId", c.flag_id AS "flagId", c.comment, c.created_at AS "createdAt", c.updated_at AS "updatedAt"
             FROM flag_comments c JOIN audits a ON a.id = c.audit_id WHERE a.owner_id = $1 ORDER BY c.created_at`,
        ),
        viewsOfYourSummaries: await rows(
          `SELECT v.audit_id AS "auditId", v.share_id AS "shareId", v.via, u.email AS "viewerEmail", v.viewed_at AS "viewedAt"
             FROM summary_views v JOIN audits a ON a.id = v.audit_id LEFT JOIN users u ON u.id = v.viewer_id
            WHERE a.owner_id = $1 ORDER BY v.viewed_at`,
        ),
        auditRequestsAnswered: await rows(
          `SELECT q.id, r.email AS "recruiterEmail", r.organisation, q.message, q.fulfilled_at AS "answeredAt"
             FROM audit_requests q JOIN users r ON r.id = q.recruiter_id WHERE q.fulfilled_by = $1 ORDER BY q.created_at`,
        ),
        auditRequestsSent: await rows(
          `SELECT id, candidate_email AS "candidateEmail", message, created_at AS "createdAt", expires_at AS "expiresAt",
                  cancelled_at AS "cancelledAt", fulfilled_at AS "fulfilledAt"
             FROM audit_requests WHERE recruiter_id = $1 ORDER BY created_at`,
        ),
        sharesReceived: await rows(
          `SELECT id AS "shareId", audit_id AS "auditId", created_at AS "sharedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
             FROM shares WHERE recruiter_id = $1 ORDER BY created_at`,
        ),
        summariesYouViewed: await rows(
          `SELECT audit_id AS "auditId", share_id AS "shareId", viewed_at AS "viewedAt"
             FROM summary_views WHERE viewer_id = $1 ORDER BY viewed_at`,
        ),
      };
    });
  }

  /**
   * Erases the account and everything that hangs off it (audits, shares given and received, comments,
   * view logs, audit requests sent, answered or addressed to this email), then the audits' jobs and
   * the sign-in failure counter in Redis. Once the rows are gone the erasure stands whatever Redis
   * does: jobs Redis cannot drop now are recorded in the same transaction and removed by the
   * reconciler once it is back; the counter (hashes only) expires within LOGIN_FAILURE_WINDOW_SECONDS.
   */
  async erase(user: AuthUser): Promise<void> {
    const auditIds = await this.dataSource.transaction(async (manager) => {
      const ids = await this.deleteRows(manager, user);
      await this.cleanup.record(manager, ids);
      return ids;
    });
    await this.cleanup.removeNow(auditIds);
    await this.loginThrottle.forgetAccount(user.email).catch((error: unknown) => {
      this.logger.warn(`Erased account's sign-in counters left to expire (${error instanceof Error ? error.message : String(error)})`);
    });
  }

  private async deleteRows(manager: EntityManager, user: AuthUser): Promise<string[]> {
    const audits: { id: string }[] = await manager.query(`SELECT id FROM audits WHERE owner_id = $1 FOR UPDATE`, [user.id]);
    const [account] = await manager.query(`SELECT email FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
    if (!account) throw new NotFoundException('Account not found');
    await manager.query(`DELETE FROM audit_requests WHERE candidate_email = $1`, [account.email]);
    // Foreign keys cascade from the user to every other row of theirs (see the migrations).
    await manager.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    return audits.map((audit) => audit.id);
  }
}

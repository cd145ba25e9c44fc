import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, IsNull, QueryFailedError, type Repository } from 'typeorm';
import { normaliseEmail } from '../accounts/account-rules';
import { User } from '../accounts/user.entity';
import { type RecruiterIdentity, type ShareView, shareStatus, toShareView } from './dto/share-views';
import type { PageQuery } from '../common/page.query';
import { type CreateShareDto, SHARE_LIMITS } from './dto/sharing-inputs';
import type { RecruiterSummaryView } from './dto/summary-views';
import { FlagComment } from './flag-comment.entity';
import { Share } from './share.entity';
import { daysFromNow, newSecretToken } from './sharing-tokens';
import { SummaryStore } from './summary-store.service';

export interface CreatedShare {
  share: ShareView;
  /** False when an active share with that recruiter already existed and is returned as it is. */
  created: boolean;
}

export interface FlagCommentView {
  flagId: string;
  comment: string;
  updatedAt: string;
}

export interface ViewLogEntry {
  id: string;
  viewedAt: string;
  via: 'recruiter' | 'link';
  shareId: string | null;
  /** The recruiter who read it; null for link reads and for recruiters who have since erased their account. */
  viewer: { email: string; organisation: string | null } | null;
}

export interface ViewLogPage {
  items: ViewLogEntry[];
  page: number;
  pageSize: number;
  total: number;
}

const UNIQUE_VIOLATION = '23505';
const FLAG_ID_SHAPE = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The candidate's side of sharing: preview, consent (shares), revocation, flag comments and the view log. */
@Injectable()
export class SharingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Share) private readonly shares: Repository<Share>,
    @InjectRepository(FlagComment) private readonly comments: Repository<FlagComment>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly summaries: SummaryStore,
  ) {}

  /** Exactly what a recruiter would see, without the share metadata. */
  async preview(ownerId: string, auditId: string): Promise<RecruiterSummaryView> {
    return this.summaries.view(await this.summaries.completedOwnedBy(ownerId, auditId), null);
  }

  async create(ownerId: string, auditId: string, input: CreateShareDto): Promise<CreatedShare> {
    if ((input.recruiterEmail === undefined) === (input.link === undefined)) {
      throw fieldError('recruiterEmail', 'send either recruiterEmail or link: true (exactly one)');
    }
    await this.summaries.completedOwnedBy(ownerId, auditId);
    if (input.link) return this.createLink(ownerId, auditId, input.expiresInDays ?? SHARE_LIMITS.defaultLinkDays);
    const recruiter = await this.users.findOneBy({ email: normaliseEmail(input.recruiterEmail!), role: 'recruiter' });
    if (!recruiter) throw fieldError('recruiterEmail', 'no recruiter account has this email');
    const expiresAt = input.expiresInDays ? daysFromNow(input.expiresInDays) : null;
    return this.shareWithRecruiter(this.dataSource.manager, { ownerId, auditId, recruiter, expiresAt, requestId: null });
  }

  /**
   * One active share per audit and recruiter: a repeat returns the active one. Runs in the caller's
   * transaction when given one (answering an audit request).
   */
  async shareWithRecruiter(
    manager: EntityManager,
    grant: { ownerId: string; auditId: string; recruiter: User; expiresAt: Date | null; requestId: string | null },
  ): Promise<CreatedShare> {
    const shares = manager.getRepository(Share);
    const current = await shares.findOneBy({ auditId: grant.auditId, recruiterId: grant.recruiter.id, revokedAt: IsNull() });
    if (current && shareStatus(current) === 'active') {
      if (grant.requestId && !current.auditRequestId) await shares.update({ id: current.id }, { auditRequestId: grant.requestId });
      return { share: toShareView({ ...current, auditRequestId: current.auditRequestId ?? grant.requestId }, grant.recruiter), created: false };
    }
    if (current) await shares.update({ id: current.id }, { revokedAt: new Date() });
    const share = shares.create({
      id: randomUUID(),
      auditId: grant.auditId,
      ownerId: grant.ownerId,
      kind: 'recruiter',
      recruiterId: grant.recruiter.id,
      linkTokenHash: null,
      auditRequestId: grant.requestId,
      expiresAt: grant.expiresAt,
      revokedAt: null,
    });
    try {
      await shares.insert(share);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await shares.findOneByOrFail({ auditId: grant.auditId, recruiterId: grant.recruiter.id, revokedAt: IsNull() });
      return { share: toShareView(winner, grant.recruiter), created: false };
    }
    return { share: toShareView(await shares.findOneByOrFail({ id: share.id }), grant.recruiter), created: true };
  }

  async list(ownerId: string, auditId: string): Promise<ShareView[]> {
    await this.summaries.ownedBy(ownerId, auditId);
    const shares = await this.shares.find({ where: { auditId, ownerId }, order: { createdAt: 'DESC', id: 'ASC' } });
    const recruiters = await this.recruitersOf(shares);
    return shares.map((share) => toShareView(share, share.recruiterId ? (recruiters.get(share.recruiterId) ?? null) : null));
  }

  /** Revoking is immediate and idempotent; the share stays listed (as revoked) with its view log. */
  async revoke(ownerId: string, shareId: string): Promise<void> {
    const share = await this.shares.findOneBy({ id: shareId, ownerId });
    if (!share) throw new NotFoundException(`Share ${shareId} not found`);
    if (!share.revokedAt) await this.shares.update({ id: shareId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async setComment(ownerId: string, auditId: string, flagId: string, comment: string): Promise<FlagCommentView> {
    await this.requireFlag(ownerId, auditId, flagId);
    await this.comments.upsert({ auditId, flagId, comment: comment.trim() }, ['auditId', 'flagId']);
    const stored = await this.comments.findOneByOrFail({ auditId, flagId });
    return { flagId, comment: stored.comment, updatedAt: stored.updatedAt.toISOString() };
  }

  async deleteComment(ownerId: string, auditId: string, flagId: string): Promise<void> {
    await this.requireFlag(ownerId, auditId, flagId);
    await this.comments.delete({ auditId, flagId });
  }

  async views(ownerId: string, auditId: string, query: PageQuery): Promise<ViewLogPage> {
    await this.summaries.ownedBy(ownerId, auditId);
    const rows: { id: string; viewed_at: Date; via: 'recruiter' | 'link'; share_id: string | null; email: string | null; organisation: string | null; total: string }[] =
      await this.dataSource.query(
        `SELECT v.id, v.viewed_at, v.via, v.share_id, u.email, u.organisation, count(*) OVER () AS total
           FROM summary_views v LEFT JOIN users u ON u.id = v.viewer_id
          WHERE v.audit_id = $1
          ORDER BY v.viewed_at DESC, v.id
          LIMIT $2 OFFSET $3`,
        [auditId, query.pageSize, (query.page - 1) * query.pageSize],
      );
    const total = rows.length > 0 ? Number(rows[0]!.total) : await this.countViews(auditId);
    return {
      items: rows.map((row) => ({
        id: row.id,
        viewedAt: row.viewed_at.toISOString(),
        via: row.via,
        shareId: row.share_id,
        viewer: row.email ? { email: row.email, organisation: row.organisation } : null,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  private async createLink(ownerId: string, auditId: string, days: number): Promise<CreatedShare> {
    const { token, hash } = newSecretToken();
    const share = this.shares.create({
      id: randomUUID(),
      auditId,
      ownerId,
      kind: 'link',
      recruiterId: null,
      linkTokenHash: hash,
      auditRequestId: null,
      expiresAt: daysFromNow(days),
      revokedAt: null,
    });
    await this.shares.insert(share);
    return { share: toShareView(await this.shares.findOneByOrFail({ id: share.id }), null, token), created: true };
  }

  private async requireFlag(ownerId: string, auditId: string, flagId: string): Promise<void> {
    const { summary } = await this.summaries.completedOwnedBy(ownerId, auditId);
    if (!FLAG_ID_SHAPE.test(flagId) || !summary.flags.some((flag) => flag.id === flagId)) {
      throw new NotFoundException(`Flag ${flagId} is not in this audit's recruiter summary`);
    }
  }

  private async recruitersOf(shares: Share[]): Promise<Map<string, RecruiterIdentity>> {
    const ids = [...new Set(shares.map((share) => share.recruiterId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const users = await this.users.find({ where: ids.map((id) => ({ id })), select: { id: true, email: true, organisation: true } });
    return new Map(users.map((user) => [user.id, { email: user.email, organisation: user.organisation }]));
  }

  private async countViews(auditId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*) AS total FROM summary_views WHERE audit_id = $1`, [auditId]);
    return Number(row.total);
  }
}

export function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', details: [{ field, message }] });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}

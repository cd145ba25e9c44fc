import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { type DataSource, IsNull, type Repository } from 'typeorm';
import { normaliseEmail } from '../accounts/account-rules';
import { User } from '../accounts/user.entity';
import type { AuthUser } from '../auth/auth.types';
import { AuditRequest } from './audit-request.entity';
import type { PageQuery } from '../common/page.query';
import { type CreateAuditRequestDto, SHARE_LIMITS } from './dto/sharing-inputs';
import { recruiterSummaryUrl } from './dto/summary-views';
import { Share } from './share.entity';
import { type CreatedShare, SharingService } from './sharing.service';
import { daysFromNow, hashOfPresentedToken, newSecretToken } from './sharing-tokens';
import { SummaryStore } from './summary-store.service';

export type AuditRequestStatus = 'open' | 'fulfilled' | 'expired' | 'cancelled';

export interface AuditRequestView {
  id: string;
  status: AuditRequestStatus;
  candidateEmail: string | null;
  message: string | null;
  createdAt: string;
  expiresAt: string;
  fulfilledAt: string | null;
  /** The audit shared in answer, while that share is active. */
  sharedAuditId: string | null;
  summaryUrl: string | null;
  /** Only in the answer that creates the request: the token is not stored and cannot be shown again. */
  invitationUrl?: string;
}

export interface AuditRequestPage {
  items: AuditRequestView[];
  page: number;
  pageSize: number;
  total: number;
}

/** What the invited candidate sees before answering (public: they may not have an account yet). */
export interface InvitationView {
  status: AuditRequestStatus;
  recruiter: { email: string; organisation: string | null };
  message: string | null;
  expiresAt: string;
  /** True when only one candidate email may answer. */
  restrictedToInvitedEmail: boolean;
}

export function invitationUrl(token: string): string {
  return `/api/v1/audit-requests/${token}`;
}

/** Recruiters invite candidates to audit themselves; a candidate answers by sharing one of their audits. */
@Injectable()
export class AuditRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AuditRequest) private readonly requests: Repository<AuditRequest>,
    @InjectRepository(Share) private readonly shares: Repository<Share>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sharing: SharingService,
    private readonly summaries: SummaryStore,
  ) {}

  async create(recruiterId: string, input: CreateAuditRequestDto): Promise<AuditRequestView> {
    const { token, hash } = newSecretToken();
    const request = this.requests.create({
      id: randomUUID(),
      recruiterId,
      tokenHash: hash,
      candidateEmail: input.candidateEmail ? normaliseEmail(input.candidateEmail) : null,
      message: input.message?.trim() || null,
      expiresAt: daysFromNow(input.expiresInDays ?? SHARE_LIMITS.defaultRequestDays),
      cancelledAt: null,
      fulfilledAt: null,
      fulfilledBy: null,
    });
    await this.requests.insert(request);
    const stored = await this.requests.findOneByOrFail({ id: request.id });
    return { ...(await this.toView(stored)), invitationUrl: invitationUrl(token) };
  }

  async list(recruiterId: string, query: PageQuery): Promise<AuditRequestPage> {
    const [requests, total] = await this.requests.findAndCount({
      where: { recruiterId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const items = await Promise.all(requests.map((request) => this.toView(request)));
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  async cancel(recruiterId: string, requestId: string): Promise<void> {
    const request = await this.requests.findOneBy({ id: requestId, recruiterId });
    if (!request) throw new NotFoundException(`Audit request ${requestId} not found`);
    if (!request.cancelledAt && !request.fulfilledAt) {
      await this.requests.update({ id: requestId, cancelledAt: IsNull() }, { cancelledAt: new Date() });
    }
  }

  async describe(token: string): Promise<InvitationView> {
    const request = await this.findByToken(token);
    const recruiter = await this.users.findOneByOrFail({ id: request.recruiterId });
    return {
      status: requestStatus(request),
      recruiter: { email: recruiter.email, organisation: recruiter.organisation },
      message: request.message,
      expiresAt: request.expiresAt.toISOString(),
      restrictedToInvitedEmail: request.candidateEmail !== null,
    };
  }

  /**
   * The candidate's consent to the request: shares one of their completed audits with the requesting
   * recruiter, where it then appears in the recruiter's list. Each request is answered once.
   */
  async fulfil(candidate: AuthUser, token: string, auditId: string): Promise<CreatedShare> {
    const request = await this.findByToken(token);
    if (request.candidateEmail && request.candidateEmail !== candidate.email) throw unknownInvitation();
    const status = requestStatus(request);
    if (status === 'fulfilled') throw new ConflictException('This audit request has already been answered');
    if (status !== 'open') throw new ConflictException(`This audit request is ${status}`);
    await this.summaries.completedOwnedBy(candidate.id, auditId);

    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(AuditRequest)
        .set({ fulfilledAt: () => 'now()', fulfilledBy: candidate.id })
        .where('id = :id AND fulfilled_at IS NULL AND cancelled_at IS NULL AND expires_at > now()', { id: request.id })
        .execute();
      if (!claimed.affected) throw new ConflictException('This audit request has already been answered');
      const recruiter = await manager.getRepository(User).findOneByOrFail({ id: request.recruiterId });
      return this.sharing.shareWithRecruiter(manager, {
        ownerId: candidate.id,
        auditId,
        recruiter,
        expiresAt: null,
        requestId: request.id,
      });
    });
  }

  private async findByToken(token: string): Promise<AuditRequest> {
    const hash = hashOfPresentedToken(token);
    const request = hash ? await this.requests.findOneBy({ tokenHash: hash }) : null;
    if (!request) throw unknownInvitation();
    return request;
  }

  private async toView(request: AuditRequest): Promise<AuditRequestView> {
    const share = await this.shares
      .createQueryBuilder('s')
      .where('s.auditRequestId = :id AND s.revokedAt IS NULL AND (s.expiresAt IS NULL OR s.expiresAt > now())', { id: request.id })
      .getOne();
    return {
      id: request.id,
      status: requestStatus(request),
      candidateEmail: request.candidateEmail,
      message: request.message,
      createdAt: request.createdAt.toISOString(),
      expiresAt: request.expiresAt.toISOString(),
      fulfilledAt: request.fulfilledAt?.toISOString() ?? null,
      sharedAuditId: share?.auditId ?? null,
      summaryUrl: share ? recruiterSummaryUrl(share.auditId) : null,
    };
  }
}

export function requestStatus(request: AuditRequest, now = new Date()): AuditRequestStatus {
  if (request.fulfilledAt) return 'fulfilled';
  if (request.cancelledAt) return 'cancelled';
  if (request.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'open';
}

function unknownInvitation(): NotFoundException {
  return new NotFoundException('This audit request does not exist');
}

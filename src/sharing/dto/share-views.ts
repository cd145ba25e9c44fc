import type { Share, ShareKind } from '../share.entity';

export type ShareStatus = 'active' | 'revoked' | 'expired';

export interface ShareView {
  id: string;
  auditId: string;
  kind: ShareKind;
  status: ShareStatus;
  recruiter: { email: string; organisation: string | null } | null;
  requestId: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Link shares, in the answer that creates them only: the token is not stored and cannot be shown again. */
  linkUrl?: string;
}

export interface RecruiterIdentity {
  email: string;
  organisation: string | null;
}

export function shareStatus(share: Pick<Share, 'revokedAt' | 'expiresAt'>, now = new Date()): ShareStatus {
  if (share.revokedAt) return 'revoked';
  if (share.expiresAt && share.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export function sharedLinkUrl(token: string): string {
  return `/api/v1/shared/${token}`;
}

export function toShareView(share: Share, recruiter: RecruiterIdentity | null, linkToken?: string): ShareView {
  return {
    id: share.id,
    auditId: share.auditId,
    kind: share.kind,
    status: shareStatus(share),
    recruiter: recruiter ? { email: recruiter.email, organisation: recruiter.organisation } : null,
    requestId: share.auditRequestId,
    createdAt: share.createdAt.toISOString(),
    expiresAt: share.expiresAt?.toISOString() ?? null,
    revokedAt: share.revokedAt?.toISOString() ?? null,
    ...(linkToken ? { linkUrl: sharedLinkUrl(linkToken) } : {}),
  };
}

import type { Report } from '../../analysis/types';
import type { Audit, AuditStatus } from '../audit.entity';

/** What the API shows of an audit. The submitted profile is never echoed back in lists. */
export interface AuditSummaryView {
  id: string;
  status: AuditStatus;
  url: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Time from submission to a worker picking it up. */
  queueWaitMs: number | null;
  /** Time from pick-up to the stored report (or failure). */
  processingMs: number | null;
  engineVersion: string | null;
  overallScore: number | null;
  attempts: number;
  failureReason: string | null;
}

export interface AuditView extends AuditSummaryView {
  engineMs: number | null;
  report: Report | null;
}

export interface AuditPage {
  items: AuditSummaryView[];
  page: number;
  pageSize: number;
  total: number;
}

export function auditUrl(id: string): string {
  return `/api/v1/audits/${id}`;
}

function elapsed(from: Date | null, to: Date | null): number | null {
  return from && to ? to.getTime() - from.getTime() : null;
}

export function toAuditSummaryView(audit: Audit): AuditSummaryView {
  return {
    id: audit.id,
    status: audit.status,
    url: auditUrl(audit.id),
    createdAt: audit.createdAt.toISOString(),
    startedAt: audit.startedAt?.toISOString() ?? null,
    finishedAt: audit.finishedAt?.toISOString() ?? null,
    queueWaitMs: elapsed(audit.createdAt, audit.startedAt),
    processingMs: elapsed(audit.startedAt, audit.finishedAt),
    engineVersion: audit.engineVersion,
    overallScore: audit.overallScore,
    attempts: audit.attempts,
    failureReason: audit.failureReason,
  };
}

export function toAuditView(audit: Audit): AuditView {
  return {
    ...toAuditSummaryView(audit),
    engineMs: audit.engineMs,
    report: audit.status === 'completed' ? audit.report : null,
  };
}

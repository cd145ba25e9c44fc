/**
 * The one contract between the audit producer (API) and its processor (worker). Job payloads carry
 * ids only: Redis keeps job data in clear, so profile text stays in Postgres.
 */
export const AUDIT_QUEUE = 'audits';

export const AUDIT_JOBS = {
  /** Run the engine on one audit. Job id = audit id. */
  run: 'run-audit',
  /** Re-queue audits whose job never reached Redis. Scheduled every minute. */
  sweep: 'sweep-queued-audits',
} as const;

export interface RunAuditJob {
  auditId: string;
}

export type SweepJob = Record<string, never>;

export const SWEEP_SCHEDULER_ID = 'sweep-queued-audits';

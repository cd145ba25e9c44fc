/**
 * The one contract between the audit producer (API) and its processor (worker). Job payloads carry
 * ids only: Redis keeps job data in clear, so profile text stays in Postgres.
 */
export const AUDIT_QUEUE = 'audits';

export const AUDIT_JOBS = {
  /** Run the engine on one audit. Job id = audit id. */
  run: 'run-audit',
  /** Run the reconciler: re-queue audits whose row is not final and whose job is missing or failed. Scheduled every AUDIT_RECONCILE_EVERY_MS. */
  sweep: 'sweep-queued-audits',
} as const;

export interface RunAuditJob {
  auditId: string;
}

export type SweepJob = Record<string, never>;

export const SWEEP_SCHEDULER_ID = 'sweep-queued-audits';

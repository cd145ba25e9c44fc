import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../common/canonical-json';
import { AdmissionService } from './admission.service';
import type { Audit } from './audit.entity';
import { AuditQueueService } from './audit-queue.service';
import { AuditStore, type InsertOptions, type NewAudit } from './audit-store';

/** What identifies a submission: who sent it, under which key, in which batch. */
export interface SubmissionOrigin {
  ownerId: string;
  idempotencyKey: string | null;
  batchId: string | null;
}

/**
 * The steps POST /audits and POST /audits/batch share: a validated profile becomes a new audit (its
 * canonical JSON and that text's hash), and new audits are admitted, stored in one statement and
 * queued in one round trip, in that order.
 */
@Injectable()
export class AuditIntakeService {
  /** Jobs of these owners go to another queue: the API's warm-up accounts (SubmissionWarmUp). */
  private diverted: { owners: ReadonlySet<string>; queue: AuditQueueService } | undefined;

  constructor(
    private readonly admission: AdmissionService,
    private readonly store: AuditStore,
    private readonly auditQueue: AuditQueueService,
  ) {}

  /** A new audit for a validated profile: the canonical JSON is what is stored and what is hashed. */
  newAudit(profile: unknown, origin: SubmissionOrigin): NewAudit {
    const profileJson = canonicalJson(profile);
    return { id: randomUUID(), ...origin, profileJson, requestHash: sha256Hex(profileJson) };
  }

  /**
   * Admits the audits as one cost (429 or 503 before anything is stored), stores them and queues
   * their jobs. Once the INSERT has committed nothing here fails: what Redis did not take in time,
   * the reconciler queues. Returns the audits stored (with `skipKeyConflicts`, those whose key was
   * free; with `ownerMustBeCandidate`, none unless the owner is a candidate).
   */
  async accept(ownerId: string, audits: readonly NewAudit[], options: InsertOptions = {}): Promise<Audit[]> {
    if (audits.length === 0) return [];
    await this.admission.admit(ownerId, audits.length);
    const stored = await this.store.insertQueued(audits, options);
    const queue = this.diverted?.owners.has(ownerId) ? this.diverted.queue : this.auditQueue;
    await queue.enqueueOrLeaveForReconciler(stored.map((audit) => audit.id));
    return stored;
  }

  /** From now on the jobs of `owners` (and of them only) go to `queue`. */
  divertJobsOf(owners: ReadonlySet<string>, queue: AuditQueueService): void {
    this.diverted = { owners, queue };
  }
}

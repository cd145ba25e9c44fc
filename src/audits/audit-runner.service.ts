import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { performance } from 'node:perf_hooks';
import { Not, type Repository } from 'typeorm';
import { ENGINE_VERSION, auditProfile, validateProfile } from '../analysis';
import { MetricsService } from '../metrics/metrics.service';
import { Audit } from './audit.entity';
import { AuditStore } from './audit-store';
import { AuditCleanupService } from './audit-cleanup.service';
import { EngineWarmUp } from './engine-warm-up';

export type RunOutcome = 'completed' | 'already-completed';

/** The worker side of an audit: run the engine once and store the report, idempotently. */
@Injectable()
export class AuditRunnerService {
  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    private readonly store: AuditStore,
    private readonly metrics: MetricsService,
    private readonly cleanup: AuditCleanupService,
    // Not used after construction: depending on it makes Nest warm the engine before this runner exists.
    _warmUp: EngineWarmUp,
  ) {}

  /**
   * Two statements per run: one claims the row (marks it processing and reads it), one stores the report.
   * `recordMetrics: false` for the start-up warm-up's own jobs (job-path-warm-up.ts), which are not audits anyone asked for.
   */
  async run(auditId: string, attempt: number, { recordMetrics = true } = {}): Promise<RunOutcome> {
    const audit = await this.store.claim(auditId, attempt);
    if (!audit) {
      if (await this.store.exists(auditId)) return 'already-completed';
      // Its job was queued again as it was deleted (a reconcile run raced the deletion): it names a deleted audit.
      await this.cleanup.recordOrphan(auditId);
      throw new UnrecoverableError(`Audit ${auditId} no longer exists`);
    }
    if (!audit.profile) throw new UnrecoverableError('The submitted profile was purged before it could be audited');
    const validation = validateProfile(audit.profile);
    if (!validation.ok) {
      const reasons = validation.errors.map((error) => `${error.path}: ${error.message}`).join('; ');
      throw new UnrecoverableError(`The profile cannot be audited: ${reasons}`);
    }
    const started = performance.now();
    // Recency is measured against the day the profile was submitted: deterministic for this audit, and
    // a page that went quiet long before submission counts as quiet.
    const report = auditProfile(validation.profile, { referenceDate: audit.createdAt.toISOString().slice(0, 10) });
    const engineMs = performance.now() - started;
    if (recordMetrics) this.metrics.recordEngineRun(engineMs, audit.profileBytes);
    await this.store.complete(auditId, { report, engineVersion: ENGINE_VERSION, overallScore: report.scores.overall.value, engineMs });
    return 'completed';
  }

  /** Called once retries are exhausted or the error is unrecoverable. */
  async markFailed(auditId: string, reason: string, attempt: number): Promise<void> {
    await this.audits.update(
      { id: auditId, status: Not('completed') },
      { status: 'failed', failureReason: reason.slice(0, 2_000), attempts: attempt, finishedAt: new Date() },
    );
  }
}

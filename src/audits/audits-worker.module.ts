import { Module } from '@nestjs/common';
import { AuditProcessor } from './audit.processor';
import { AuditRunnerService } from './audit-runner.service';
import { AuditReconcilerService } from './audit-reconciler.service';
import { AuditsModule } from './audits.module';
import { EngineWarmUp } from './engine-warm-up';
import { JobPathWarmUp } from './job-path-warm-up';

/** The consumer side: imported only by processes that run workers. */
@Module({
  imports: [AuditsModule],
  providers: [EngineWarmUp, AuditProcessor, AuditRunnerService, AuditReconcilerService, JobPathWarmUp],
})
export class AuditsWorkerModule {}

import { Module } from '@nestjs/common';
import { AuditProcessor } from './audit.processor';
import { AuditRunnerService } from './audit-runner.service';
import { AuditReconcilerService } from './audit-reconciler.service';
import { AuditsModule } from './audits.module';

/** The consumer side: imported only by processes that run workers. */
@Module({
  imports: [AuditsModule],
  providers: [AuditProcessor, AuditRunnerService, AuditReconcilerService],
})
export class AuditsWorkerModule {}

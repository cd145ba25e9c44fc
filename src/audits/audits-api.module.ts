import { Module } from '@nestjs/common';
import { AdmissionService } from './admission.service';
import { AuditBatchService } from './audit-batch.service';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditIntakeService } from './audit-intake.service';
import { AuditWarmUpService } from './audit-warm-up.service';
import { AuditsController } from './audits.controller';
import { AuditsModule } from './audits.module';
import { AuditsService } from './audits.service';
import { SubmissionWarmUp } from './submission-warm-up';

/**
 * The /audits routes and what only they use: submission, admission control (its own Redis
 * connection), the submission path's warm-up and the live status stream. Imported by the API process
 * only; a worker-only process never creates these.
 */
@Module({
  imports: [AuditsModule],
  controllers: [AuditsController, AuditEventsController],
  providers: [AuditsService, AuditBatchService, AuditIntakeService, AdmissionService, AuditWarmUpService, AuditEventsService, SubmissionWarmUp],
})
export class AuditsApiModule {}

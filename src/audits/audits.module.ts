import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Audit } from './audit.entity';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AUDIT_QUEUE } from './audit-queue.contract';
import { AuditQueueService } from './audit-queue.service';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';

/** The audit resource and the producer side of its queue. */
@Module({
  imports: [TypeOrmModule.forFeature([Audit]), BullModule.registerQueue({ name: AUDIT_QUEUE })],
  controllers: [AuditsController, AuditEventsController],
  providers: [AuditsService, AuditQueueService, AuditEventsService],
  exports: [AuditsService, AuditQueueService, TypeOrmModule, BullModule],
})
export class AuditsModule {}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { producerConnection } from '../common/redis-connection';
import { redisConfig } from '../config/redis.config';
import { Audit } from './audit.entity';
import { AuditCleanupService } from './audit-cleanup.service';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AUDIT_QUEUE } from './audit-queue.contract';
import { AuditQueueService } from './audit-queue.service';
import { AdmissionService } from './admission.service';
import { AuditBatchService } from './audit-batch.service';
import { AuditStore } from './audit-store';
import { AuditWarmUpService } from './audit-warm-up.service';
import { AuditScheduleService } from './audit-schedule.service';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';

/** The audit resource and the producer side of its queue (every process: API and workers). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Audit]),
    // Producers fail fast while Redis is away; the worker of this queue sets a waiting connection of its own.
    BullModule.registerQueueAsync({
      name: AUDIT_QUEUE,
      inject: [redisConfig.KEY],
      useFactory: (config: ConfigType<typeof redisConfig>) => ({ connection: producerConnection(config) }),
    }),
  ],
  controllers: [AuditsController, AuditEventsController],
  providers: [AuditsService, AuditBatchService, AdmissionService, AuditStore, AuditWarmUpService, AuditQueueService, AuditCleanupService, AuditScheduleService, AuditEventsService],
  exports: [AuditsService, AuditStore, AuditQueueService, AuditCleanupService, TypeOrmModule, BullModule],
})
export class AuditsModule {}

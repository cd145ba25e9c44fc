import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { producerConnection } from '../common/redis-connection';
import { redisConfig } from '../config/redis.config';
import { Audit } from './audit.entity';
import { AuditCleanupService } from './audit-cleanup.service';
import { AUDIT_QUEUE } from './audit-queue.contract';
import { AuditQueueService } from './audit-queue.service';
import { AuditStore } from './audit-store';
import { AuditScheduleService } from './audit-schedule.service';

/**
 * The audit rows and the producer side of their queue, which every process needs (API and workers).
 * What only the HTTP API uses (the routes, submission, admission) is AuditsApiModule.
 */
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
  providers: [AuditStore, AuditQueueService, AuditCleanupService, AuditScheduleService],
  exports: [AuditStore, AuditQueueService, AuditCleanupService, TypeOrmModule, BullModule],
})
export class AuditsModule {}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThan, type Repository } from 'typeorm';
import { queueConfig } from '../config/queue.config';
import { Audit } from './audit.entity';
import { AuditQueueService } from './audit-queue.service';

const SWEEP_BATCH = 500;

/**
 * Re-queues audits that Postgres holds as queued or processing but Redis has no job for (the job add
 * failed after the row was written, or Redis lost its data).
 */
@Injectable()
export class AuditSweeperService {
  private readonly logger = new Logger(AuditSweeperService.name);

  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    private readonly auditQueue: AuditQueueService,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  async sweep(now = new Date()): Promise<string[]> {
    const stale = await this.audits.find({
      select: { id: true },
      where: { status: In(['queued', 'processing']), updatedAt: LessThan(new Date(now.getTime() - this.config.sweepAfterMs)) },
      order: { createdAt: 'ASC' },
      take: SWEEP_BATCH,
    });
    const requeued: string[] = [];
    for (const { id } of stale) {
      if (await this.auditQueue.hasJob(id)) continue;
      await this.auditQueue.enqueue(id);
      requeued.push(id);
    }
    if (requeued.length > 0) this.logger.warn(`Re-queued ${requeued.length} audits that had no job: ${requeued.join(', ')}`);
    return requeued;
  }
}

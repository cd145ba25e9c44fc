import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, NotFoundException, type Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AUDIT_QUEUE } from '../audits/audit-queue.contract';
import { PRIVACY_QUEUE } from '../privacy/privacy-queue.contract';

/**
 * Where the admin API lives. Nest cannot serve both GET /admin/queues (Bull Board, outside the
 * /api/v1 prefix) and GET /api/v1/admin/queues from routes both named `admin/queues`: excluding the
 * dashboard's path from the prefix would exclude the API route too. So the admin controllers carry
 * the full path and are themselves excluded from the prefix (see configureHttpApp).
 */
export const ADMIN_API_PATH = 'api/v1/admin';

/** Every queue the admin routes and the dashboard show. A new queue is added here once. */
export const ADMIN_QUEUE_NAMES = [AUDIT_QUEUE, PRIVACY_QUEUE] as const;

const QUEUE_LIST = Symbol('ADMIN_QUEUE_LIST');

export const adminQueueListProvider: Provider = {
  provide: QUEUE_LIST,
  inject: ADMIN_QUEUE_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]) => queues,
};

/** The queues admins may look at and steer, by name; an unknown name is a 404. */
@Injectable()
export class AdminQueues {
  private readonly logger = new Logger('Queue');

  constructor(@Inject(QUEUE_LIST) private readonly queues: Queue[]) {
    // Without a listener BullMQ prints connection errors with console.error, outside the JSON log.
    for (const queue of queues) {
      queue.on('error', (error: Error) => this.logger.warn(`Queue ${queue.name}: ${error.message}`));
    }
  }

  all(): Queue[] {
    return this.queues;
  }

  get(name: string): Queue {
    const queue = this.queues.find((candidate) => candidate.name === name);
    if (!queue) {
      throw new NotFoundException(`Unknown queue "${name}"; known queues: ${this.queues.map((known) => known.name).join(', ')}`);
    }
    return queue;
  }
}

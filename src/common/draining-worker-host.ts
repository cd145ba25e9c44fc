import type { BeforeApplicationShutdown } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';

/**
 * A BullMQ processor whose worker finishes its running jobs before anything else shuts down.
 * @nestjs/bullmq closes workers at onApplicationShutdown, the same phase in which TypeORM ends its
 * pool; when the database went first, a job that had just finished the engine could not store its
 * report and the audit stayed `processing` until the reconciler found it. Closing here, one phase
 * earlier, drains the jobs while Postgres and Redis are still open (the later close is a no-op).
 */
export abstract class DrainingWorkerHost extends WorkerHost implements BeforeApplicationShutdown {
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}

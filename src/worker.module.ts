import { Module } from '@nestjs/common';
import { AuditsWorkerModule } from './audits/audits-worker.module';
import { CoreModule } from './core.module';

/** Every queue processor. Loaded by worker.ts, and by the API process only when it also runs workers. */
@Module({ imports: [CoreModule, AuditsWorkerModule] })
export class WorkerModule {}

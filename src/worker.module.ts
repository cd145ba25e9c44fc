import { Module } from '@nestjs/common';
import { AuditsWorkerModule } from './audits/audits-worker.module';
import { CoreModule } from './core.module';
import { PrivacyWorkerModule } from './privacy/privacy-worker.module';

/** Every queue processor. Loaded by worker.ts, and by the API process only when it also runs workers. */
@Module({ imports: [CoreModule, AuditsWorkerModule, PrivacyWorkerModule] })
export class WorkerModule {}

import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitOnStartupError } from './startup-error';
import { WorkerModule } from './worker.module';

/** Runs the queue workers only, no HTTP (`npm run start:worker`). SIGTERM lets running jobs finish. */
async function startWorker(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  Logger.log('Citra worker started', 'Worker');
}

startWorker().catch(exitOnStartupError);

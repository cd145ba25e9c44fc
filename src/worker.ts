import 'reflect-metadata';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { holdSignalsDuringStart } from './common/signals-held-during-start';
import { validateConfig } from './config';
import { loadEnvFile } from './config/env-file';
import { queueConfig } from './config/queue.config';
import { redisConfig } from './config/redis.config';
import { verifyRedisEvictionPolicy } from './health/redis-eviction-policy';
import { stopWithNpm } from './local/parent-watch';
import { createProcessLogger } from './logging';
import { startWorkerMetricsServer } from './metrics/worker-metrics-server';
import { exitOnStartupError } from './startup-error';
import { WorkerModule } from './worker.module';
import { lowerPriority } from './worker-priority';

/** Runs the queue workers only, no HTTP (`npm run start:worker`). SIGTERM lets running jobs finish. */
export async function startWorker(): Promise<INestApplicationContext> {
  validateConfig();
  const logger = createProcessLogger();
  applyWorkerNice(queueConfig().workerNice);
  await verifyRedisEvictionPolicy(redisConfig(), logger);
  const signals = holdSignalsDuringStart();
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger, abortOnError: false });
  app.enableShutdownHooks();
  signals.release();
  await startWorkerMetricsServer(app);
  Logger.log('Citra worker started', 'Worker');
  return app;
}

/** WORKER_NICE (src/worker-priority.ts says why a process's niceness alone may not be enough). */
function applyWorkerNice(nice: number): void {
  if (nice === 0) return;
  const { niceness, autogroupNiceness } = lowerPriority(nice);
  const group = autogroupNiceness === undefined ? '' : `, its session's autogroup at ${autogroupNiceness}`;
  Logger.log(`Running at niceness ${niceness}${group} (WORKER_NICE)`, 'Worker');
}

/** `npm run start:worker` (scripts/start.js) and `node dist/src/worker.js`. */
export function runWorkerProcess(): void {
  loadEnvFile();
  stopWithNpm();
  startWorker().catch(exitOnStartupError);
}

if (require.main === module) runWorkerProcess();

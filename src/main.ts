import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { appConfig } from './config/app.config';
import { redisConfig } from './config/redis.config';
import { verifyRedisEvictionPolicy } from './health/redis-eviction-policy';
import { configureHttpApp } from './http/configure-http';
import { createProcessLogger } from './logging';
import { exitOnStartupError } from './startup-error';

/** Starts the HTTP API (`npm run start:api`). With `workers`, the queue workers run in the same process. */
export async function startApi(options: { workers: boolean }): Promise<void> {
  const logger = createProcessLogger();
  await verifyRedisEvictionPolicy(redisConfig(), logger);
  const app = await NestFactory.create(AppModule.forRoot(options), {
    bodyParser: false,
    logger,
    // Start-up errors reach exitOnStartupError, which says why in one line.
    abortOnError: false,
  });
  configureHttpApp(app);
  const { host, port } = appConfig();
  await app.listen(port, host);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  Logger.log(`Citra is running: open ${url} in a browser (API ${url}/api/v1, OpenAPI ${url}/docs)${options.workers ? ', workers in-process' : ''}`, 'Main');
}

if (require.main === module) {
  startApi({ workers: false }).catch(exitOnStartupError);
}

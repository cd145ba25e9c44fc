import 'reflect-metadata';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { validateConfig } from './config';
import { appConfig } from './config/app.config';
import { httpConfig } from './config/http.config';
import { loggingConfig } from './config/logging.config';
import { loadEnvFile } from './config/env-file';
import { redisConfig } from './config/redis.config';
import { verifyRedisEvictionPolicy } from './health/redis-eviction-policy';
import { configureHttpApp } from './http/configure-http';
import { warmUpRequestPath } from './http/warm-up';
import { stopWithNpm } from './local/parent-watch';
import { createProcessLogger } from './logging';
import { exitOnStartupError } from './startup-error';

/** Starts the HTTP API (`npm run start:api`). With `workers`, the queue workers run in the same process. */
export async function startApi(options: { workers: boolean }): Promise<{ app: INestApplication; url: string }> {
  validateConfig();
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
  try {
    await warmUpRequestPath(app, httpConfig().warmUpRequests, logger, loggingConfig().level).catch((error: unknown) => {
      logger.warn(`The request path was not warmed up: ${error instanceof Error ? error.message : String(error)}`, 'Main');
    });
    await app.listen(port, host);
  } catch (error) {
    await app.close();
    throw error;
  }
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  Logger.log(`Citra is running: open ${url} in a browser (API ${url}/api/v1, OpenAPI ${url}/docs)${options.workers ? ', workers in-process' : ''}`, 'Main');
  return { app, url };
}

/** `npm run start:api` (scripts/start.js) and `node dist/src/main.js`. */
export function runApiProcess(): void {
  loadEnvFile();
  stopWithNpm();
  startApi({ workers: false }).catch(exitOnStartupError);
}

if (require.main === module) runApiProcess();

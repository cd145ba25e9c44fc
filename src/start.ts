import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createProcessLogger } from './logging';
import { resolveDatabase } from './local/local-postgres';
import { resolveRedis } from './local/local-redis';
import { startApi } from './main';
import { exitOnStartupError } from './startup-error';

/**
 * `npm start`: API and workers in one process, on whatever Postgres and Redis can be found (see
 * README, "What runs where").
 */
async function startAll(): Promise<void> {
  Logger.overrideLogger(createProcessLogger());
  const redis = await resolveRedis();
  const database = await resolveDatabase();
  process.env.REDIS_URL = redis.url;
  process.env.DATABASE_URL = database.url;
  Logger.log(`Database: ${database.description}`, 'Start');
  Logger.log(`Redis: ${redis.description}`, 'Start');
  const stopChildren = () => void Promise.all([redis.stop(), database.stop()]);
  process.once('exit', stopChildren);
  await startApi({ workers: true });
}

startAll().catch((error: unknown) => {
  if (error instanceof Error && error.message.startsWith('Citra needs Redis')) {
    console.error(error.message);
    process.exit(1);
  }
  exitOnStartupError(error);
});

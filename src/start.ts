import 'reflect-metadata';
import { type INestApplication, Logger } from '@nestjs/common';
import { loadEnvFile } from './config/env-file';
import { createProcessLogger } from './logging';
import { currentCheckout } from './local/checkout';
import { instanceCommands } from './local/control-commands';
import { startControlServer } from './local/control-server';
import { databaseSearch, redisSearch } from './local/discovery';
import { InstanceLock } from './local/instance-lock';
import { Lifecycle, StoppedDuringStart } from './local/lifecycle';
import { PGLITE_POOL_SIZE, resolveDatabase } from './local/local-postgres';
import { resolveRedis } from './local/local-redis';
import { startupErrorMessage } from './startup-error';

/**
 * `npm start`: API and workers in one process, on whatever Postgres and Redis can be found (README,
 * "What runs where"). It owns this checkout's `.data/` while it runs, and on SIGINT/SIGTERM stops
 * everything it started: the API and workers, then the database (PGlite flushed), then its
 * redis-server.
 */
async function startAll(lifecycle: Lifecycle, logger: Logger): Promise<void> {
  const checkout = currentCheckout();
  const lock = InstanceLock.acquire(checkout.dataDir, 'npm start');
  lifecycle.add('the lock on .data', () => lock.release(), () => lock.release());
  const databaseWanted = databaseSearch(checkout);
  const redisWanted = redisSearch();

  const redis = await lifecycle.start('Redis', () => resolveRedis(redisWanted));
  if (redis.childPid) {
    const pid = redis.childPid;
    lock.update({ redisServerPid: pid });
    lifecycle.onExit(() => process.kill(pid, 'SIGTERM'));
  }
  const database = await lifecycle.start('the database', () => resolveDatabase(databaseWanted));
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = redis.url;
  // Jobs belong with the rows they name: this checkout's own database gets its own key prefix.
  if (!databaseWanted.configuredUrl) process.env.QUEUE_PREFIX ??= checkout.localName;
  if (database.embedded) process.env.DATABASE_POOL_SIZE ??= String(PGLITE_POOL_SIZE);
  logger.log(`Data folder: ${checkout.dataDir} (owned by this process, pid ${process.pid}; stop it with Ctrl-C)`);
  logger.log(`Postgres: ${database.description}`);
  logger.log(`Redis: ${redis.description}, key prefix ${process.env.QUEUE_PREFIX ?? 'citra'}`);

  const { app, url } = await lifecycle.start('the API and workers', async () => {
    // Loaded only now: some modules read their settings as they load, and a bad one must stop
    // what has started so far, with its message, not crash the process.
    const { startApi } = require('./main') as typeof import('./main');
    const api = await startApi({ workers: true });
    return { ...api, stop: () => api.app.close() };
  });
  lifecycle.takeOverSignals();
  const control = await lifecycle.start('the control endpoint', () => startControlServer(instanceCommands(app)));
  lock.update({ url: listeningUrl(app, url), control: { port: control.port, token: control.token } });
}

/** The URL with the port actually bound (PORT=0 picks a free one). */
function listeningUrl(app: INestApplication, url: string): string {
  const address = app.getHttpServer().address();
  if (typeof address !== 'object' || !address) return url;
  const parsed = new URL(url);
  parsed.port = String(address.port);
  return parsed.origin;
}

function main(): void {
  process.chdir(currentCheckout().root);
  loadEnvFile();
  Logger.overrideLogger(createProcessLogger());
  const logger = new Logger('Start');
  const lifecycle = new Lifecycle(logger).listen();
  if (process.env.npm_lifecycle_event) lifecycle.stopWhenOrphaned();
  startAll(lifecycle, logger).catch(async (error: unknown) => {
    // A signal during start-up: the signal handler stops what started and exits.
    if (error instanceof StoppedDuringStart) return;
    console.error(startupErrorMessage(error));
    await lifecycle.stopAll();
    process.exit(1);
  });
}

main();

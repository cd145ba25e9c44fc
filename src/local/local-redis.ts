import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { describeVariable } from '../config/env-file';
import { CannotStartError, describeError, redactUrl } from '../startup-error';

export interface ResolvedRedis {
  url: string;
  /** For the start-up log: which Redis, and why that one. */
  description: string;
  /** The redis-server Citra started, if it did (recorded in the instance lock, so a crash leaves no orphan). */
  childPid?: number;
  stop(): Promise<void>;
}

export interface RedisSearch {
  /** REDIS_URL, when set in the environment or `.env`: used as it is, or the start is refused. */
  configuredUrl?: string;
  /** A Redis to use when it answers; undefined: do not look. */
  localUrl?: string;
}

export const REDIS_INSTALL_HELP = [
  'Citra needs Redis for its job queue, and none was found:',
  '  - REDIS_URL is not set,',
  '  - no Redis answers on 127.0.0.1:6379,',
  '  - no redis-server binary is on the PATH to start one.',
  'Install one of:  apt-get install redis-server  |  brew install redis  |  docker compose up -d redis',
  'or set REDIS_URL=redis://host:6379 (in the environment or .env) and run npm start again.',
].join('\n');

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/** Undefined when a Redis at `url` answers PING (one try, no retries), else why not. */
export async function redisError(url: string): Promise<unknown> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1_500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const answer = await redis.ping();
    return answer === 'PONG' ? undefined : new Error(`PING answered ${answer}`);
  } catch (error) {
    return error ?? new Error('connection failed');
  } finally {
    redis.disconnect();
  }
}

export async function redisAnswers(url: string): Promise<boolean> {
  return (await redisError(url)) === undefined;
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** REDIS_URL when set; else a Redis on the local address; else a redis-server child process. */
export async function resolveRedis(search: RedisSearch): Promise<ResolvedRedis> {
  if (search.configuredUrl) {
    const problem = await redisError(search.configuredUrl);
    if (problem) {
      throw new CannotStartError(
        `${describeVariable('REDIS_URL')} is ${redactUrl(search.configuredUrl)}, and it did not answer (${describeError(problem)}). Start that Redis or fix REDIS_URL. Without REDIS_URL, npm start uses a Redis on 127.0.0.1:6379 when one answers, else starts redis-server itself.`,
      );
    }
    return { url: search.configuredUrl, description: `${describeVariable('REDIS_URL')}: ${redactUrl(search.configuredUrl)}`, stop: async () => undefined };
  }
  if (search.localUrl && (await redisAnswers(search.localUrl))) {
    return { url: search.localUrl, description: `local Redis at ${redactUrl(search.localUrl)}`, stop: async () => undefined };
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new CannotStartError(REDIS_INSTALL_HELP);
  return startRedisServer();
}

/**
 * A redis-server of Citra's own on a free port, in its own process group: Ctrl-C in the terminal
 * reaches Citra, which closes its workers first and stops this server last.
 */
async function startRedisServer(): Promise<ResolvedRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => stopChild(child);
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await redisAnswers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new CannotStartError(`the redis-server Citra started on port ${port} did not answer. ${REDIS_INSTALL_HELP}`);
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
  }
  return { url, description: `redis-server started by Citra on 127.0.0.1:${port} (pid ${child.pid}; stops with Citra)`, childPid: child.pid, stop };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface ResolvedRedis {
  url: string;
  description: string;
  stop(): Promise<void>;
}

export const REDIS_INSTALL_HELP = [
  'Citra needs Redis for its job queue, and none was found:',
  '  - REDIS_URL is not set,',
  '  - nothing answers on 127.0.0.1:6379,',
  '  - no redis-server binary is on the PATH to start one.',
  'Install one of:  apt-get install redis-server  |  brew install redis  |  docker compose up -d redis',
  'or set REDIS_URL=redis://host:6379 and run npm start again.',
].join('\n');

/** True when a Redis at `url` answers PING (one try, no retries). */
export async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1_500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
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

async function startRedisServer(): Promise<ResolvedRedis | undefined> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return undefined;
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let tries = 0; tries < 50 && !(await redisAnswers(url)); tries += 1) {
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
  }
  return {
    url,
    description: `redis-server started by Citra on 127.0.0.1:${port} (pid ${child.pid}; stops with Citra)`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** REDIS_URL when set; else a Redis on 127.0.0.1:6379; else a redis-server child process. */
export async function resolveRedis(
  configuredUrl = process.env.REDIS_URL,
  localUrl = 'redis://127.0.0.1:6379',
): Promise<ResolvedRedis> {
  if (configuredUrl) return { url: configuredUrl, description: 'REDIS_URL', stop: async () => undefined };
  if (await redisAnswers(localUrl)) return { url: localUrl, description: `local Redis at ${localUrl}`, stop: async () => undefined };
  const started = await startRedisServer();
  if (!started) throw new Error(REDIS_INSTALL_HELP);
  return started;
}

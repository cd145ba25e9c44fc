import { Logger, type LoggerService } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Redis } from 'ioredis';
import { redisConfig } from '../config/redis.config';

/** The only policy under which Redis never deletes a key on its own, so no job or lock can vanish. */
export const SAFE_EVICTION_POLICY = 'noeviction';

const CONNECT_ATTEMPTS = 5;
const CONNECT_RETRY_MS = 1_000;
const CONNECT_TIMEOUT_MS = 3_000;

/** Start-up refused for a reason the operator must fix; exitOnStartupError prints only the message. */
export class StartupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusedError';
  }
}

/** `maxmemory_policy` from INFO memory (CONFIG GET is often disabled on managed Redis; INFO is not). */
export async function readMaxmemoryPolicy(redis: Redis): Promise<string> {
  const info = await redis.info('memory');
  for (const line of info.split('\n')) {
    const [key, value] = line.trim().split(':');
    if (key === 'maxmemory_policy' && value) return value;
  }
  throw new Error('Redis INFO memory has no maxmemory_policy line');
}

export function evictionRefusal(policy: string, url: string): string {
  return [
    `Redis at ${redactUrl(url)} has maxmemory-policy=${policy}; Citra refuses to start.`,
    `BullMQ needs ${SAFE_EVICTION_POLICY}: under any other policy Redis deletes keys when memory runs short,`,
    'and an evicted key is a lost job, a lost lock or a corrupted queue.',
    `Fix: redis-cli CONFIG SET maxmemory-policy ${SAFE_EVICTION_POLICY} (and set it in redis.conf),`,
    'or set REDIS_ALLOW_EVICTION=true to start anyway and accept that jobs can be lost.',
  ].join('\n');
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable REDIS_URL)';
  }
}

/**
 * Reads Redis's eviction policy and refuses to start unless it is noeviction or
 * REDIS_ALLOW_EVICTION=true. Returns the policy it found. main.ts (API and npm start) and worker.ts
 * call it before Nest creates anything, so a refused process has opened no queue, worker or
 * database connection.
 */
export async function verifyRedisEvictionPolicy(
  config: ConfigType<typeof redisConfig> = redisConfig(),
  logger: LoggerService = new Logger('RedisPolicy'),
): Promise<string> {
  const policy = await readPolicyWithRetries(config.url);
  if (policy === SAFE_EVICTION_POLICY) return policy;
  if (!config.allowEviction) throw new StartupRefusedError(evictionRefusal(policy, config.url));
  logger.warn(
    `Redis maxmemory-policy is ${policy}, not ${SAFE_EVICTION_POLICY}; starting because REDIS_ALLOW_EVICTION=true. Jobs can be lost when Redis runs out of memory.`,
    'RedisPolicy',
  );
  return policy;
}

async function readPolicyWithRetries(url: string): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= CONNECT_ATTEMPTS; attempt += 1) {
    const redis = new Redis(url, { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined); // connect() rejects with the same error
    try {
      await redis.connect();
      return await readMaxmemoryPolicy(redis);
    } catch (error) {
      lastError = error;
    } finally {
      redis.disconnect();
    }
    if (attempt < CONNECT_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
  }
  throw new StartupRefusedError(
    `Redis at ${redactUrl(url)} did not answer (${describe(lastError)}); Citra checks its maxmemory-policy before it starts. Start Redis or fix REDIS_URL.`,
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { Redis } from 'ioredis';
import type { RedisConfig } from '../config/redis.config';

const RECONNECT_MAX_MS = 2_000;
/** Slowest answer a request waits for from a fail-fast client before it gives up (503). */
const FAIL_FAST_COMMAND_TIMEOUT_MS = 1_000;

/** Reconnect within 2 s of Redis coming back (BullMQ's own default waits up to 20 s between tries). */
export function reconnectSoon(attempt: number): number {
  return Math.min(attempt * 200, RECONNECT_MAX_MS);
}

/**
 * BullMQ connection for workers: commands wait for Redis to come back (workers need
 * maxRetriesPerRequest null).
 */
export function bullConnection(config: RedisConfig) {
  return { url: config.url, maxRetriesPerRequest: null, retryStrategy: reconnectSoon };
}

/**
 * BullMQ connection for queues used by producers (POST /audits, the reconciler, admin routes):
 * while Redis is away a command fails at once instead of waiting in memory for it, so a request
 * answers without hanging and nothing piles up during a long outage.
 */
export function producerConnection(config: RedisConfig) {
  return { url: config.url, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: reconnectSoon };
}

/**
 * A Redis client for request paths (sign-in limits, /health): a command waits at most a second
 * (for the first connection, or for an answer) and is never retried, so it fails fast while Redis
 * is away; the client reconnects in the background.
 */
export function failFastRedis(url: string): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: FAIL_FAST_COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectSoon,
  });
  // Connection errors surface as failed commands; the client reconnects on its own.
  redis.on('error', () => undefined);
  redis.connect().catch(() => undefined);
  return redis;
}

const ERROR_LOG_EVERY_MS = 10_000;

/**
 * An 'error' listener for a BullMQ queue or worker: without one BullMQ prints every reconnect
 * failure to stderr. Logs the first error, then at most one line per 10 s with how many it skipped,
 * so an outage reads as a few warnings rather than a flood.
 */
export function throttledErrorLog(log: (message: string) => void, what: string): (error: Error) => void {
  let lastLoggedAt = 0;
  let skipped = 0;
  return (error: Error) => {
    const now = Date.now();
    if (now - lastLoggedAt < ERROR_LOG_EVERY_MS) {
      skipped += 1;
      return;
    }
    log(`${what}: ${error.message}${skipped > 0 ? ` (and ${skipped} more errors since the last report)` : ''}`);
    lastLoggedAt = now;
    skipped = 0;
  };
}

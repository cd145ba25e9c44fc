import { InjectQueue } from '@nestjs/bullmq';
import { HttpException, HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { reconnectSoon, throttledErrorLog } from '../common/redis-connection';
import { admissionConfig } from '../config/admission.config';
import { redisConfig } from '../config/redis.config';
import { AUDIT_QUEUE } from './audit-queue.contract';

/** Longest wait for the rate check; past it (a hung Redis) the submission is let through. */
const RATE_CHECK_TIMEOUT_MS = 250;

/**
 * No offline queue: while Redis is known to be away a check fails at once (and lets the submission
 * through), so admission adds no wait to the bounded enqueue (docs/operations.md: 202 within a second).
 */
function admissionRedis(url: string): GcraRedis {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    commandTimeout: RATE_CHECK_TIMEOUT_MS,
    retryStrategy: reconnectSoon,
  }) as GcraRedis;
  redis.on('error', () => undefined);
  redis.connect().catch(() => undefined);
  return redis;
}

/** Seconds a client is told to wait while the queue is over its bound: a few seconds of work drain it. */
export const QUEUE_FULL_RETRY_AFTER_SECONDS = 5;

/** A refusal that carries its Retry-After (HttpExceptionFilter sends the header). */
export class AdmissionRefusedException extends HttpException {
  constructor(message: string, status: HttpStatus, readonly retryAfterSeconds: number) {
    super(message, status);
  }
}

/**
 * GCRA (the generic cell rate algorithm) in one atomic step: the key holds the theoretical arrival
 * time (ms); `cost` units are admitted when that time, moved on by them, stays within the burst.
 * Returns 0 when admitted, else the milliseconds until they would be. Redis's clock is the one clock.
 */
const GCRA = `
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local next_tat = tat + cost * interval
local wait = next_tat - burst * interval - now
if wait > 0 then return math.ceil(wait) end
redis.call('SET', KEYS[1], next_tat, 'PX', math.ceil(next_tat - now) + 1000)
return 0`;

type GcraRedis = Redis & { citraGcra(key: string, interval: number, burst: number, cost: number): Promise<number> };

/**
 * Admission control for new audits: a per-account rate (so one account cannot starve the others) and
 * a bound on the waiting queue (so a flood cannot bury it). Costs one Redis round trip per request;
 * the queue depth is read at most every AUDIT_QUEUE_DEPTH_CACHE_MS per process. Both fail open:
 * while Redis is away submissions are stored and queued later by the reconciler
 * (docs/operations.md), and nothing is refused for want of a count.
 */
@Injectable()
export class AdmissionService implements OnModuleDestroy {
  private readonly logger = new Logger(AdmissionService.name);
  private readonly logRedisError = throttledErrorLog((message) => this.logger.warn(message), 'Admission control');
  private readonly redis: GcraRedis;
  private readonly keyPrefix: string;
  private waiting = 0;
  private waitingReadAt = 0;
  private reading: Promise<void> | undefined;

  constructor(
    @Inject(admissionConfig.KEY) private readonly config: ConfigType<typeof admissionConfig>,
    @Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>,
    @InjectQueue(AUDIT_QUEUE) private readonly queue: Queue,
  ) {
    this.redis = admissionRedis(redis.url);
    this.redis.defineCommand('citraGcra', { numberOfKeys: 1, lua: GCRA });
    this.keyPrefix = `${redis.queuePrefix}:admission:submit:`;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** Throws 429 (rate) or 503 (queue full), each with Retry-After, unless `cost` new audits may be accepted. */
  async admit(ownerId: string, cost: number): Promise<void> {
    this.reserveQueueRoom(cost);
    if (this.config.ratePerMinute === 0) return;
    const interval = 60_000 / this.config.ratePerMinute;
    let waitMs: number;
    try {
      waitMs = await this.redis.citraGcra(this.keyPrefix + ownerId, interval, this.config.burst, cost);
    } catch (error) {
      this.logRedisError(asError(error));
      return;
    }
    if (waitMs > 0) {
      if (this.config.maxWaiting > 0) this.waiting -= cost;
      throw new AdmissionRefusedException(
        `Too many audits submitted from this account: at most ${this.config.ratePerMinute} a minute (bursts of ${this.config.burst}); try again later`,
        HttpStatus.TOO_MANY_REQUESTS,
        Math.max(1, Math.ceil(waitMs / 1000)),
      );
    }
  }

  /** Back to the state of a fresh process: no reservations, the waiting count read again by the next submission. */
  forgetReservations(): void {
    this.waiting = 0;
    this.waitingReadAt = 0;
  }

  /**
   * Refuses the submission when its `cost` audits would take the waiting count past the bound (a
   * batch counts every item), else counts them as waiting until the next read of the queue, so the
   * submissions admitted between two reads cannot pass the bound either.
   */
  private reserveQueueRoom(cost: number): void {
    if (this.config.maxWaiting === 0) return;
    if (Date.now() - this.waitingReadAt >= this.config.depthCacheMs) this.refreshWaiting();
    if (this.waiting + cost <= this.config.maxWaiting) {
      this.waiting += cost;
      return;
    }
    throw new AdmissionRefusedException(
      `Too many audits are waiting to run (more than ${this.config.maxWaiting} with these ${cost}); nothing was stored, try again in a few seconds`,
      HttpStatus.SERVICE_UNAVAILABLE,
      QUEUE_FULL_RETRY_AFTER_SECONDS,
    );
  }

  /** In the background: the request in hand is judged by the last count, never waits for Redis. */
  private refreshWaiting(): void {
    if (this.reading) return;
    this.waitingReadAt = Date.now();
    this.reading = this.queue
      .getWaitingCount()
      .then((count) => void (this.waiting = count))
      .catch((error: unknown) => this.logRedisError(asError(error)))
      .finally(() => (this.reading = undefined));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

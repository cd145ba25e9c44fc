import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Redis } from 'ioredis';
import { redisConfig } from '../config/redis.config';

const RECONNECT_MAX_MS = 2_000;

/**
 * A Redis connection of its own for /health: with no offline queue a command fails at once while
 * Redis is away (BullMQ's connections wait for it instead), and it keeps reconnecting in the
 * background so /health turns green again by itself.
 */
@Injectable()
export class RedisHealthClient implements OnModuleDestroy {
  readonly redis: Redis;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.redis = new Redis(config.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, RECONNECT_MAX_MS),
    });
    // Connection errors show up as failed health checks; the client reconnects on its own.
    this.redis.on('error', () => undefined);
    this.redis.connect().catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

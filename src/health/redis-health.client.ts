import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Redis } from 'ioredis';
import { failFastRedis } from '../common/redis-connection';
import { redisConfig } from '../config/redis.config';

/**
 * A Redis connection of its own for /health: a command fails at once while Redis is away (BullMQ's
 * worker connections wait for it instead), and it keeps reconnecting in the background so /health
 * turns green again by itself.
 */
@Injectable()
export class RedisHealthClient implements OnModuleDestroy {
  readonly redis: Redis;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.redis = failFastRedis(config.url);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

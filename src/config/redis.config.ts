import { registerAs } from '@nestjs/config';
import { readBool, readString, readUrl } from './env';

export const redisConfig = registerAs('redis', () => ({
  url: readUrl(process.env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
  /** Prefix of every BullMQ key; lets several deployments (or test runs) share one Redis. */
  queuePrefix: readString(process.env, 'QUEUE_PREFIX', 'citra'),
  /** Start even when Redis may evict keys (maxmemory-policy other than noeviction): jobs can then vanish. */
  allowEviction: readBool(process.env, 'REDIS_ALLOW_EVICTION', false),
}));
export type RedisConfig = ReturnType<typeof redisConfig>;

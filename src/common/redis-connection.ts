import type { RedisConfig } from '../config/redis.config';

/** BullMQ connection options for a Redis URL; maxRetriesPerRequest must be null for workers. */
export function bullConnection(config: RedisConfig) {
  return { url: config.url, maxRetriesPerRequest: null };
}

import { Queue } from 'bullmq';
import type { ConfigType } from '@nestjs/config';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { producerConnection } from '../common/redis-connection';
import type { redisConfig } from '../config/redis.config';

/** A warm-up older than this died before it could clean up (one takes a few seconds). */
const LEFTOVER_AFTER_MS = 10 * 60_000;

/** What names a warm-up's own data: accounts `<id><emailDomain>`, queues `<queueNamePrefix><start time in ms>-<id>`. */
export interface WarmUpKind {
  emailDomain: string;
  queueNamePrefix: string;
}

/**
 * Removes the accounts (their audits cascade) and queues of warm-ups of `kind` that died before
 * cleaning up (a process killed at start), once they are old enough not to be a running warm-up's.
 * `ownQueue` lends its Redis connection for the scan.
 */
export async function removeWarmUpLeftovers(db: DataSource, redis: ConfigType<typeof redisConfig>, kind: WarmUpKind, ownQueue: Queue): Promise<void> {
  await db.query(`DELETE FROM users WHERE email LIKE $1 AND created_at < now() - $2 * interval '1 millisecond'`, [`%${kind.emailDomain}`, LEFTOVER_AFTER_MS]);
  // BullMQ's Redis backend is ioredis; its narrowed client type lacks SCAN.
  const client = (await ownQueue.getBackend().client) as unknown as Redis;
  const names = new Set<string>();
  const pattern = `${redis.queuePrefix}:${kind.queueNamePrefix}*:meta`;
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 1_000);
    for (const key of keys) names.add(key.slice(redis.queuePrefix.length + 1, -':meta'.length));
    cursor = next;
  } while (cursor !== '0');
  const cutOff = Date.now() - LEFTOVER_AFTER_MS;
  for (const name of names) if (startedBefore(name, kind.queueNamePrefix, cutOff)) await obliterate(name, redis);
}

async function obliterate(name: string, redis: ConfigType<typeof redisConfig>): Promise<void> {
  const queue = new Queue(name, { connection: producerConnection(redis), prefix: redis.queuePrefix });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
}

function startedBefore(queueName: string, queueNamePrefix: string, time: number): boolean {
  const startedAt = Number(queueName.slice(queueNamePrefix.length).split('-')[0]);
  return Number.isFinite(startedAt) && startedAt < time;
}

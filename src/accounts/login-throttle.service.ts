import { HttpException, HttpStatus, Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Redis } from 'ioredis';
import { sha256Hex } from '../common/canonical-json';
import { failFastRedis } from '../common/redis-connection';
import { redisConfig } from '../config/redis.config';
import { normaliseEmail } from './account-rules';

/** Failed sign-ins allowed per account and client address within the window before that client is refused for the rest of it. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

export class TooManySignInsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins for this account from your address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Slows password guessing: counts failed sign-ins per account and client address in Redis (shared by
 * every API process). Counting per address too means a stranger who knows an email cannot lock its
 * owner out; each address still gets only LOGIN_FAILURE_LIMIT guesses per window. Keys hold hashes
 * of the email and the address, never the values: `<prefix><sha256(email)>:<sha256(address)>`.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly keyPrefix: string;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    // Fails fast while Redis is away: sign-in then answers 503 at once instead of waiting for it.
    this.redis = failFastRedis(config.url);
    this.keyPrefix = `${config.queuePrefix}:auth:login-failures:`;
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  /** 429 with Retry-After once this client has had too many failures for the account in the window. */
  async assertAllowed(email: string, client: string): Promise<void> {
    const key = this.key(email, client);
    const failures = Number((await this.redis.get(key)) ?? 0);
    if (failures < LOGIN_FAILURE_LIMIT) return;
    const retryAfter = Math.max(1, await this.redis.ttl(key));
    throw new TooManySignInsException(retryAfter);
  }

  async recordFailure(email: string, client: string): Promise<void> {
    const key = this.key(email, client);
    // The window starts at the first failure (SET NX), so more failures do not extend it.
    await this.redis.multi().set(key, 0, 'EX', LOGIN_FAILURE_WINDOW_SECONDS, 'NX').incr(key).exec();
  }

  /** After a successful sign-in: this client starts afresh. */
  async forget(email: string, client: string): Promise<void> {
    await this.redis.del(this.key(email, client));
  }

  /** On erasure: every client's count for the account. */
  async forgetAccount(email: string): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.accountKey(email)}:*`, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  private accountKey(email: string): string {
    return this.keyPrefix + sha256Hex(normaliseEmail(email));
  }

  private key(email: string, client: string): string {
    return `${this.accountKey(email)}:${sha256Hex(client)}`;
  }
}

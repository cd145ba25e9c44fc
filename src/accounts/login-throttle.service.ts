import { HttpException, HttpStatus, Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Redis } from 'ioredis';
import { sha256Hex } from '../common/canonical-json';
import { redisConfig } from '../config/redis.config';
import { normaliseEmail } from './account-rules';

/** Failed sign-ins allowed per account within the window before sign-in is refused for the rest of it. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

export class TooManySignInsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins for this account; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Slows password guessing: counts failed sign-ins per account in Redis (shared by every API
 * process), keyed by a hash of the email so Redis never holds the address itself.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly keyPrefix: string;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.redis = new Redis(config.url, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.keyPrefix = `${config.queuePrefix}:auth:login-failures:`;
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  /** 429 with Retry-After once the account has had too many failures in the window. */
  async assertAllowed(email: string): Promise<void> {
    const key = this.key(email);
    const failures = Number((await this.redis.get(key)) ?? 0);
    if (failures < LOGIN_FAILURE_LIMIT) return;
    const retryAfter = Math.max(1, await this.redis.ttl(key));
    throw new TooManySignInsException(retryAfter);
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    // The window starts at the first failure (SET NX), so more failures do not extend it.
    await this.redis.multi().set(key, 0, 'EX', LOGIN_FAILURE_WINDOW_SECONDS, 'NX').incr(key).exec();
  }

  async forget(email: string): Promise<void> {
    await this.redis.del(this.key(email));
  }

  private key(email: string): string {
    return this.keyPrefix + sha256Hex(normaliseEmail(email));
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { privacyConfig } from './privacy.config';

const PURGE_BATCH = 1_000;

/** Clears the submitted profile text of audits older than the retention period; reports stay. */
@Injectable()
export class ProfileRetentionService {
  private readonly logger = new Logger(ProfileRetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(privacyConfig.KEY) private readonly config: ConfigType<typeof privacyConfig>,
  ) {}

  /** Returns how many profiles were purged. Batched, so no run holds many row locks at once. */
  async purgeExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.profileRetentionDays * 86_400_000);
    let total = 0;
    for (;;) {
      const [, purged] = (await this.dataSource.query(
        `WITH expired AS (
           SELECT id FROM audits WHERE profile IS NOT NULL AND created_at < $1
           ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE audits SET profile = NULL FROM expired WHERE audits.id = expired.id`,
        [cutoff, PURGE_BATCH],
      )) as [unknown[], number];
      total += purged;
      if (purged < PURGE_BATCH) break;
    }
    if (total > 0) this.logger.log(`Purged the submitted profile of ${total} audits older than ${this.config.profileRetentionDays} days`);
    return total;
  }
}

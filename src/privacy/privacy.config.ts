import { registerAs } from '@nestjs/config';
import { readInt } from '../config/env';

/** The `privacy` namespace: how long submitted profile text is kept, and how often the purge runs. */
export const privacyConfig = registerAs('privacy', () => ({
  /** Submitted profiles older than this are purged (the report stays). */
  profileRetentionDays: readInt(process.env, 'PROFILE_RETENTION_DAYS', 30, 1, 3_650),
  purgeEveryMinutes: readInt(process.env, 'PROFILE_PURGE_EVERY_MINUTES', 60, 1, 1_440),
}));
export type PrivacyConfig = ReturnType<typeof privacyConfig>;

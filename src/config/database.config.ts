import { registerAs } from '@nestjs/config';
import { readBool, readInt, readUrl } from './env';

export const databaseConfig = registerAs('database', () => ({
  url: readUrl(process.env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/citra'),
  poolSize: readInt(process.env, 'DATABASE_POOL_SIZE', 10, 1, 100),
  /** Run pending migrations at start-up (under an advisory lock, so API and workers may all start at once). */
  migrateOnStart: readBool(process.env, 'DATABASE_MIGRATE_ON_START', true),
  logQueries: readBool(process.env, 'DATABASE_LOG_QUERIES', false),
}));
export type DatabaseConfig = ReturnType<typeof databaseConfig>;

import { registerAs } from '@nestjs/config';
import { readBool, readInt, readUrl } from './env';

export const databaseConfig = registerAs('database', () => ({
  url: readUrl(process.env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/citra'),
  poolSize: readInt(process.env, 'DATABASE_POOL_SIZE', 10, 1, 100),
  /**
   * Longest wait for a connection (a new one, or a free one from the pool). Past it the request
   * answers 503 and a job is retried, instead of waiting on an unreachable database.
   */
  connectTimeoutMs: readInt(process.env, 'DATABASE_CONNECT_TIMEOUT_MS', 5_000, 100, 60_000),
  /** Run pending migrations at start-up (under an advisory lock, so API and workers may all start at once). */
  migrateOnStart: readBool(process.env, 'DATABASE_MIGRATE_ON_START', true),
  logQueries: readBool(process.env, 'DATABASE_LOG_QUERIES', false),
}));
export type DatabaseConfig = ReturnType<typeof databaseConfig>;

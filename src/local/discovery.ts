import { type Env, readOptionalString, readUrl } from '../config/env';
import type { Checkout } from './checkout';
import type { DatabaseSearch } from './local-postgres';
import type { RedisSearch } from './local-redis';

const OFF = 'off';

/**
 * Where npm start (and admin:create, the migration commands) look for Postgres and Redis, in one
 * order for both: the variable (DATABASE_URL / REDIS_URL, from the environment, else `.env`), then a
 * local server (LOCAL_POSTGRES_URL / LOCAL_REDIS_URL, `off` to skip it), then the embedded fallback
 * (PGlite in `.data/pglite`; a redis-server child process).
 */
export function databaseSearch(checkout: Checkout, env: Env = process.env): DatabaseSearch {
  return {
    configuredUrl: configured(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    localServer: local(env, 'LOCAL_POSTGRES_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432'),
    databaseName: checkout.localName,
    pgliteDir: `${checkout.dataDir}/pglite`,
  };
}

export function redisSearch(env: Env = process.env): RedisSearch {
  return {
    configuredUrl: configured(env, 'REDIS_URL', ['redis:', 'rediss:']),
    localUrl: local(env, 'LOCAL_REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
  };
}

function configured(env: Env, name: string, protocols: readonly string[]): string | undefined {
  return readOptionalString(env, name) === undefined ? undefined : readUrl(env, name, protocols);
}

function local(env: Env, name: string, protocols: readonly string[], fallback: string): string | undefined {
  return readOptionalString(env, name)?.toLowerCase() === OFF ? undefined : readUrl(env, name, protocols, fallback);
}

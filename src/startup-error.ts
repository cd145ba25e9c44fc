import { ConfigError } from './config/env';
import { describeVariable } from './config/env-file';
import { StartupRefusedError } from './health/redis-eviction-policy';

/** A start refused for a reason the user can fix; the message says what and how, and is printed alone. */
export class CannotStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CannotStartError';
  }
}

/** A process that cannot start says why in one line (naming the variable for bad config) and exits 1. */
export function exitOnStartupError(error: unknown): never {
  console.error(startupErrorMessage(error));
  process.exit(1);
}

export function startupErrorMessage(error: unknown): string {
  const known = findCause(error, (cause) => cause instanceof ConfigError || cause instanceof StartupRefusedError || cause instanceof CannotStartError);
  if (known instanceof Error) return `Citra cannot start: ${known.message}`;
  const portInUse = findCause(error, (cause) => (cause as { code?: unknown } | undefined)?.code === 'EADDRINUSE');
  if (portInUse) return `Citra cannot start: ${describeVariable('PORT')} ${(portInUse as { port?: number }).port ?? ''} is in use by another program. Stop it, or choose another port: PORT=3001 npm start`;
  const unreachable = findCause(error, isDatabaseConnectionError);
  if (unreachable) return `Citra cannot start: ${databaseUnreachableMessage(process.env.DATABASE_URL, unreachable)}`;
  return `Citra cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/** "DATABASE_URL (set in .env) is postgres://…, and it did not answer (connect ECONNREFUSED …). …" */
export function databaseUnreachableMessage(url: string | undefined, cause: unknown): string {
  const shown = url ? redactUrl(url) : '(unset: postgres://postgres@127.0.0.1:5432/citra)';
  return `${describeVariable('DATABASE_URL')} is ${shown}, and it did not answer (${describeError(cause)}). Start that Postgres or fix DATABASE_URL.`;
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

/** Connection refused, unknown host, timeout, unknown database, bad password: the database is not there for us. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '3D000', '28P01', '28000']);

function isDatabaseConnectionError(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isDatabaseConnectionError);
  const { code, port } = (error ?? {}) as { code?: unknown; port?: unknown };
  if (typeof code !== 'string' || !CONNECTION_CODES.has(code)) return false;
  // A socket error names its port: only the database's counts (Redis is checked, and named, before).
  return typeof port !== 'number' || port === databasePort();
}

function databasePort(): number {
  try {
    return Number(new URL(process.env.DATABASE_URL ?? '').port || 5432);
  } catch {
    return 5432;
  }
}

function findCause(error: unknown, matches: (cause: unknown) => boolean): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (matches(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

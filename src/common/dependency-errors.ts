/**
 * Tells an outage of Postgres or Redis apart from every other error, so that the API answers 503
 * with Retry-After (not 500) and a worker waits and retries (instead of failing the audit).
 * Only reachability counts: a constraint violation or a bad query is a bug, not an outage.
 */
export type UnavailableDependency = 'database' | 'redis';

/**
 * SQLSTATE codes that say the server cannot serve this statement now, but may in a moment: it is
 * stopping, starting or unreachable (57P01-03, class 08), out of connections, disk or memory
 * (53xxx), or the transaction lost a deadlock, a serialization conflict or a lock wait (40001,
 * 40P01, 55P03). The statement was rolled back: nothing was committed.
 */
const DATABASE_UNAVAILABLE_CODES = new Set([
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '08007',
  '53000', '53100', '53200', '53300', '53400', '40001', '40P01', '55P03',
]);

/** node-postgres and TypeORM messages for a connection that failed, was cut or timed out. */
const DATABASE_UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Driver not Connected',
];

/** ioredis's messages for a command that could not reach Redis. */
const REDIS_UNAVAILABLE_MESSAGES = [
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Connection is closed.',
  'Command timed out',
  'Reached the max retries per request limit',
];

/**
 * Socket-level failures. Only node-postgres rejects a query with these (ECONNREFUSED from a pool that
 * cannot connect); ioredis rejects commands with its own messages above and reports socket errors
 * as events.
 */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** Raised by our own bounded waits on Redis (see withDeadline). */
export class RedisUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

interface ErrorFields {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  driverError?: unknown;
}

/** Which dependency an error says is unreachable, or undefined for any other error. */
export function unavailableDependency(error: unknown): UnavailableDependency | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const fields = error as ErrorFields;
  // TypeORM's QueryFailedError carries node-postgres's error.
  if (fields.driverError && fields.driverError !== error) return unavailableDependency(fields.driverError);
  const message = typeof fields.message === 'string' ? fields.message : '';
  const code = typeof fields.code === 'string' ? fields.code : '';
  if (fields.name === 'RedisUnavailableError' || fields.name === 'MaxRetriesPerRequestError') return 'redis';
  if (REDIS_UNAVAILABLE_MESSAGES.some((text) => message.startsWith(text))) return 'redis';
  if (DATABASE_UNAVAILABLE_CODES.has(code)) return 'database';
  if (DATABASE_UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return 'database';
  if (NETWORK_ERROR_CODES.has(code)) return 'database';
  return undefined;
}

/** Rejects with RedisUnavailableError when `work` has not settled within `ms`; `work` itself keeps running. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(`${what}: no answer from Redis within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

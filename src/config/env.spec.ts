import { appConfig } from './app.config';
import { databaseConfig } from './database.config';
import { ConfigError, readBool, readEnum, readInt, readUrl } from './env';
import { httpConfig } from './http.config';
import { queueConfig } from './queue.config';
import { redisConfig } from './redis.config';

describe('environment readers', () => {
  it('use the fallback when a variable is unset or blank', () => {
    expect(readInt({}, 'PORT', 3000, 0, 65535)).toBe(3000);
    expect(readInt({ PORT: '  ' }, 'PORT', 3000, 0, 65535)).toBe(3000);
    expect(readBool({}, 'FLAG', true)).toBe(true);
  });

  it('parse valid values', () => {
    expect(readInt({ PORT: '8080' }, 'PORT', 3000, 0, 65535)).toBe(8080);
    expect(readBool({ FLAG: 'false' }, 'FLAG', true)).toBe(false);
    expect(readEnum({ MODE: 'b' }, 'MODE', ['a', 'b'] as const, 'a')).toBe('b');
    expect(readUrl({ URL: 'redis://h:1' }, 'URL', ['redis:'])).toBe('redis://h:1');
  });

  it.each([
    [() => readInt({ PORT: 'eighty' }, 'PORT', 3000, 0, 65535), 'PORT', 'not a whole number'],
    [() => readInt({ PORT: '70000' }, 'PORT', 3000, 0, 65535), 'PORT', 'outside 0..65535'],
    [() => readBool({ FLAG: 'maybe' }, 'FLAG', true), 'FLAG', 'not a boolean'],
    [() => readEnum({ MODE: 'c' }, 'MODE', ['a', 'b'] as const, 'a'), 'MODE', 'not one of a, b'],
    [() => readUrl({ URL: 'nope' }, 'URL', ['redis:']), 'URL', 'not a URL'],
    [() => readUrl({ URL: 'http://x' }, 'URL', ['redis:']), 'URL', 'protocol must be redis:'],
  ])('reject bad values with a message naming the variable (%#)', (read, variable, problem) => {
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(new RegExp(`${variable}.*${problem}`));
  });
});

describe('config namespaces', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('have working defaults for a laptop', () => {
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'WORKER_CONCURRENCY']) delete process.env[name];
    expect(appConfig().port).toBe(3000);
    expect(databaseConfig().url).toBe('postgres://postgres@127.0.0.1:5432/citra');
    expect(redisConfig().url).toBe('redis://127.0.0.1:6379');
    expect(queueConfig().workerConcurrency).toBe(4);
  });

  it('refuse a bad DATABASE_URL, REDIS_URL or WORKER_CONCURRENCY by name', () => {
    process.env.DATABASE_URL = 'mysql://db/citra';
    expect(() => databaseConfig()).toThrow(/DATABASE_URL/);
    process.env.REDIS_URL = 'localhost:6379';
    expect(() => redisConfig()).toThrow(/REDIS_URL/);
    process.env.WORKER_CONCURRENCY = '0';
    expect(() => queueConfig()).toThrow(/WORKER_CONCURRENCY/);
  });

  it('give slow clients a few seconds by default, and refuse a request timeout shorter than the header or body timeout', () => {
    for (const name of ['HTTP_HEADERS_TIMEOUT_MS', 'HTTP_BODY_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS', 'HTTP_WARM_UP_REQUESTS']) delete process.env[name];
    expect(httpConfig()).toEqual({ headersTimeoutMs: 5_000, bodyTimeoutMs: 10_000, requestTimeoutMs: 120_000, warmUpRequests: 2_500 });
    process.env.HTTP_BODY_TIMEOUT_MS = '30000';
    process.env.HTTP_REQUEST_TIMEOUT_MS = '20000';
    expect(() => httpConfig()).toThrow(/HTTP_REQUEST_TIMEOUT_MS.*at least/);
    process.env.HTTP_HEADERS_TIMEOUT_MS = '100';
    expect(() => httpConfig()).toThrow(/HTTP_HEADERS_TIMEOUT_MS.*outside 500\.\.120000/);
    process.env.HTTP_HEADERS_TIMEOUT_MS = '5000';
    process.env.HTTP_WARM_UP_REQUESTS = '-1';
    expect(() => httpConfig()).toThrow(/HTTP_WARM_UP_REQUESTS/);
  });

  it('bound the outage settings of the queue', () => {
    expect(queueConfig()).toMatchObject({ outageRetryMaxMs: 30_000, reconcileEveryMs: 30_000, reconcileBatch: 500, enqueueTimeoutMs: 500 });
    process.env.AUDIT_RECONCILE_BATCH = '0';
    expect(() => queueConfig()).toThrow(/AUDIT_RECONCILE_BATCH/);
  });
});

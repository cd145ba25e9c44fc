import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, readInt } from './env';
import { describeVariable, loadEnvFile, resetEnvFileForTests } from './env-file';

describe('.env', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'citra-env-'));
    resetEnvFileForTests();
  });
  afterEach(() => {
    resetEnvFileForTests();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fills in what the environment does not set; the environment wins; read once', () => {
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nDATABASE_URL=postgres://db/x\nREDIS_URL="redis://cache:6379"\nPORT=4000 # inline comment\n');
    const env: NodeJS.ProcessEnv = { PORT: '5000' };
    expect(loadEnvFile(file, env)).toBe(file);
    expect(env).toEqual({ PORT: '5000', DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://cache:6379' });
    writeFileSync(file, 'QUEUE_PREFIX=later\n');
    loadEnvFile(file, env);
    expect(env.QUEUE_PREFIX).toBeUndefined();
  });

  it('names where a bad value came from', () => {
    const file = join(dir, '.env');
    writeFileSync(file, 'WORKER_CONCURRENCY=many\n');
    const env: NodeJS.ProcessEnv = {};
    loadEnvFile(file, env);
    expect(describeVariable('WORKER_CONCURRENCY')).toBe('WORKER_CONCURRENCY (set in .env)');
    expect(describeVariable('PORT')).toBe('PORT');
    expect(() => readInt(env, 'WORKER_CONCURRENCY', 4, 1, 64)).toThrow(new ConfigError('WORKER_CONCURRENCY', '"many" is not a whole number'));
    expect(() => readInt(env, 'WORKER_CONCURRENCY', 4, 1, 64)).toThrow('Invalid environment variable WORKER_CONCURRENCY (set in .env): "many" is not a whole number');
  });

  it('is optional', () => {
    expect(loadEnvFile(join(dir, 'missing.env'), {})).toBeUndefined();
  });
});

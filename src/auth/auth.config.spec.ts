import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/env';
import { GENERATED_SECRET_FILE, readJwtSecret } from './auth.config';

describe('JWT_SECRET', () => {
  let projectDir: string;

  beforeEach(() => {
    projectDir = mkdtempSync(join(tmpdir(), 'citra-auth-'));
  });

  afterEach(() => rmSync(projectDir, { recursive: true, force: true }));

  it('uses the configured secret when it is long enough', () => {
    const secret = 's'.repeat(32);
    expect(readJwtSecret({ JWT_SECRET: secret, NODE_ENV: 'production' }, projectDir)).toBe(secret);
  });

  it('refuses a short secret, naming the variable', () => {
    expect(() => readJwtSecret({ JWT_SECRET: 'short' }, projectDir)).toThrow(ConfigError);
    expect(() => readJwtSecret({ JWT_SECRET: 'short' }, projectDir)).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });

  it('is required in production', () => {
    expect(() => readJwtSecret({ NODE_ENV: 'production' }, projectDir)).toThrow(/JWT_SECRET: is required when NODE_ENV=production/);
  });

  it('outside production, generates one random secret per data directory and keeps it', () => {
    const first = readJwtSecret({ NODE_ENV: 'development' }, projectDir);
    const file = join(projectDir, GENERATED_SECRET_FILE);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readJwtSecret({}, projectDir)).toBe(first);

    const otherDir = mkdtempSync(join(tmpdir(), 'citra-auth-'));
    try {
      expect(readJwtSecret({}, otherDir)).not.toBe(first);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});

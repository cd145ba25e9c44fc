import { Logger } from '@nestjs/common';
import { registerAs } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, type Env, readEnum, readInt, readOptionalString, readString } from '../config/env';

export const MIN_JWT_SECRET_LENGTH = 32;
/** Where a development JWT secret is kept when JWT_SECRET is unset, so tokens survive a restart. */
export const GENERATED_SECRET_FILE = '.data/jwt-secret';

/**
 * The `auth` namespace. Loaded only by the HTTP API (AuthModule registers it), so worker processes
 * need no JWT secret.
 */
export const authConfig = registerAs('auth', () => ({
  jwtSecret: readJwtSecret(process.env),
  /** Lifetime of an access token. */
  jwtTtlSeconds: readInt(process.env, 'JWT_TTL_SECONDS', 3_600, 60, 86_400 * 30),
  jwtIssuer: readString(process.env, 'JWT_ISSUER', 'citra'),
  jwtAudience: readString(process.env, 'JWT_AUDIENCE', 'citra-api'),
}));
export type AuthConfig = ReturnType<typeof authConfig>;

/** JWT_SECRET, or outside production a random secret kept in `<projectDir>/.data/jwt-secret`. */
export function readJwtSecret(env: Env, projectDir = process.cwd()): string {
  const configured = readOptionalString(env, 'JWT_SECRET');
  if (configured !== undefined) {
    if (configured.length < MIN_JWT_SECRET_LENGTH) {
      throw new ConfigError('JWT_SECRET', `must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    }
    return configured;
  }
  const nodeEnv = readEnum(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET', `is required when NODE_ENV=production (at least ${MIN_JWT_SECRET_LENGTH} characters)`);
  }
  const file = resolve(projectDir, GENERATED_SECRET_FILE);
  const secret = readOrCreateLocalSecret(file);
  new Logger('AuthConfig').warn(
    `JWT_SECRET is not set: using the random secret kept in ${file}. Set JWT_SECRET (>= ${MIN_JWT_SECRET_LENGTH} characters) in production.`,
  );
  return secret;
}

/** A random secret per data directory, created once (exclusive create: parallel starters agree). */
function readOrCreateLocalSecret(file: string): string {
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= MIN_JWT_SECRET_LENGTH) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

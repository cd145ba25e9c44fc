import { registerAs } from '@nestjs/config';
import { ConfigError, type Env, readOptionalString } from '../config/env';
import { normaliseEmail, PASSWORD_LIMITS } from './account-rules';

export interface AdminSeed {
  email: string;
  password: string;
}

/** The `accounts` namespace: the first admin, created at API start-up when absent. */
export const accountsConfig = registerAs('accounts', () => ({
  admin: readAdminSeed(process.env),
}));
export type AccountsConfig = ReturnType<typeof accountsConfig>;

export function readAdminSeed(env: Env): AdminSeed | undefined {
  const email = readOptionalString(env, 'ADMIN_EMAIL');
  const password = env.ADMIN_PASSWORD === undefined || env.ADMIN_PASSWORD === '' ? undefined : env.ADMIN_PASSWORD;
  if (email === undefined && password === undefined) return undefined;
  if (email === undefined) throw new ConfigError('ADMIN_EMAIL', 'is required when ADMIN_PASSWORD is set');
  if (password === undefined) throw new ConfigError('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  if (!EMAIL_SHAPE.test(email) || email.length > 254) throw new ConfigError('ADMIN_EMAIL', 'is not an email address');
  if (password.length < PASSWORD_LIMITS.min || password.length > PASSWORD_LIMITS.max) {
    throw new ConfigError('ADMIN_PASSWORD', `must be ${PASSWORD_LIMITS.min}-${PASSWORD_LIMITS.max} characters`);
  }
  return { email: normaliseEmail(email), password };
}

/** Local part, one @, a dotted domain; no spaces. Linear: each class excludes the next delimiter. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

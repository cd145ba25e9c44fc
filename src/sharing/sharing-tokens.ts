import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../common/canonical-json';

/** 256 random bits, URL-safe. Only its SHA-256 is stored. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256Hex(token) };
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The stored hash of a token from a URL, or undefined when it cannot be one of ours. */
export function hashOfPresentedToken(token: string): string | undefined {
  return TOKEN_SHAPE.test(token) ? sha256Hex(token) : undefined;
}

export function daysFromNow(days: number, now = new Date()): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

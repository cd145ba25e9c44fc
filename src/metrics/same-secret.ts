import { createHash, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two strings of any length (hashing first evens the lengths). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

import type { CookieOptions, Request } from 'express';

/** The web app's session cookie. `__Host-` is not used: it needs Secure, which http://localhost lacks. */
export const WEB_SESSION_COOKIE = 'citra_session';
/** The header the page sends its session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';
const MAX_COOKIE_HEADER = 8_192;

export function webSessionCookieOptions(secure: boolean, maxAgeSeconds?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds * 1000 }),
  };
}

/** One cookie's value from the Cookie header, read without a cookie library (one name, one value). */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header || header.length > MAX_COOKIE_HEADER) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

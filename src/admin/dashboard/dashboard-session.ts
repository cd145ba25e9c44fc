import type { Request } from 'express';

export const DASHBOARD_ROUTE = '/admin/queues';
export const SESSION_ROUTE = '/admin/session';
export const SESSION_COOKIE = 'citra_admin_session';
/** The cookie goes only to the admin pages, never to /api. */
export const SESSION_COOKIE_PATH = '/admin';
const MAX_COOKIE_HEADER = 8_192;

/** The sign-in page: no caching, nothing but its own inline style, posting only to itself. */
export const SIGN_IN_PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

/** The admin session cookie's value, read without a cookie library (one name, one value). */
export function sessionCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header || header.length > MAX_COOKIE_HEADER) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE) return part.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

export function wantsHtml(request: Request): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

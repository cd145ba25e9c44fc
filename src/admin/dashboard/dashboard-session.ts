import type { Request } from 'express';
import { readCookie } from '../../auth/session-cookie';

export const DASHBOARD_ROUTE = '/admin/queues';
export const SESSION_ROUTE = '/admin/session';
export const SESSION_COOKIE = 'citra_admin_session';
/** The cookie goes only to the admin pages, never to /api. */
export const SESSION_COOKIE_PATH = '/admin';

/** The sign-in page: no caching, nothing but its own inline style, posting only to itself. */
export const SIGN_IN_PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

/** The admin session cookie's value. */
export function sessionCookie(request: Request): string | undefined {
  return readCookie(request, SESSION_COOKIE);
}

export function wantsHtml(request: Request): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

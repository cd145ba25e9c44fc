import type { Request } from 'express';
import { readCookie } from '../../auth/session-cookie';

export const DASHBOARD_ROUTE = '/admin/queues';
export const SESSION_ROUTE = '/admin/session';
export const SESSION_COOKIE = 'citra_admin_session';
/** The cookie goes only to the admin pages, never to /api. */
export const SESSION_COOKIE_PATH = '/admin';

/** The admin session cookie's value. */
export function sessionCookie(request: Request): string | undefined {
  return readCookie(request, SESSION_COOKIE);
}

export function wantsHtml(request: Request): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

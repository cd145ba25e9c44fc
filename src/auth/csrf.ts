import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(request: Pick<Request, 'method'>): boolean {
  return !SAFE_METHODS.has(request.method.toUpperCase());
}

/**
 * Where a browser says the request comes from: the Origin header, else the Referer's origin. Undefined
 * when neither is sent (curl, server-to-server), which is not a browser's cross-site request.
 */
export function requestOrigin(request: Request): string | undefined {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin.length > 0) return origin;
  const referer = request.headers.referer;
  if (typeof referer !== 'string' || referer.length === 0) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/**
 * Same-origin check for state-changing browser requests: the sending page's origin must be one of
 * `allowedOrigins`, or (none configured) have the request's own Host. Ports count, so another app on
 * the same host (same site, so SameSite=Lax cookies go along) is refused too.
 */
export function isSameOrigin(request: Request, allowedOrigins: readonly string[]): boolean {
  const origin = requestOrigin(request);
  if (origin === undefined) return true;
  if (allowedOrigins.length > 0) return allowedOrigins.includes(origin);
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === request.headers.host;
}

export function assertSameOrigin(request: Request, allowedOrigins: readonly string[]): void {
  if (isStateChanging(request) && !isSameOrigin(request, allowedOrigins)) {
    throw new ForbiddenException('Cross-origin request refused: state-changing requests must come from Citra’s own pages');
  }
}

/** The page's X-CSRF-Token must equal its session's token (synchroniser token, compared in constant time). */
export function assertCsrfToken(request: Request, expected: string): void {
  const sent = request.headers[CSRF_HEADER];
  const ok = typeof sent === 'string' && sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!ok) throw new ForbiddenException(`Missing or wrong ${CSRF_HEADER} header: reload the page and try again`);
}

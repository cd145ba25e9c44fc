import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { requestContext } from './request-context';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A caller's id is kept only if it is short and plain, so it cannot forge log lines or headers. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Probes and scrapes arrive every few seconds: their access lines are written at debug level. */
const QUIET_PATHS = new Set(['/health', '/metrics']);

const accessLog = new Logger('HTTP');

export function requestIdFor(request: Request): string {
  const given = request.header(REQUEST_ID_HEADER);
  return given !== undefined && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * First middleware of the app: takes the caller's X-Request-Id (or makes one), returns it in the
 * response header, runs the rest of the request inside its context so every log line carries it,
 * and writes one access line when the response is finished.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const requestId = requestIdFor(request);
  const started = process.hrtime.bigint();
  response.setHeader(REQUEST_ID_HEADER, requestId);
  response.once('finish', () => {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const path = request.originalUrl.split('?')[0] ?? '';
    const line = {
      message: `${request.method} ${path} ${response.statusCode} ${durationMs.toFixed(1)}ms`,
      method: request.method,
      path,
      status: response.statusCode,
      durationMs: Math.round(durationMs * 10) / 10,
    };
    requestContext.run({ requestId }, () => (QUIET_PATHS.has(path) ? accessLog.debug(line) : accessLog.log(line)));
  });
  requestContext.run({ requestId }, next);
}

import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { requestContext } from './request-context';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const REQUEST_ID_HEADER_LOWER = 'x-request-id';
/** A caller's id is kept only if it is short and plain, so it cannot forge log lines or headers. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Probes and scrapes arrive every few seconds: their access lines are written at debug level. */
const QUIET_PATHS = new Set(['/health', '/metrics']);

const accessLog = new Logger('HTTP');

export function requestIdFor(request: Request): string {
  const given = request.headers[REQUEST_ID_HEADER_LOWER];
  return typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The access line's fields; requestId is given, so the line is written without entering the context again. */
interface AccessLine {
  message: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
}

/**
 * First middleware of the app: takes the caller's X-Request-Id (or makes one), returns it in the
 * response header, runs the rest of the request inside its context so every log line carries it,
 * and writes one access line when the response is finished. On every request: one listener, one
 * line object, no second context (issue 11: the API's CPU per request).
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const requestId = requestIdFor(request);
  const started = performance.now();
  response.setHeader(REQUEST_ID_HEADER, requestId);
  response.once('finish', () => writeAccessLine(request, response.statusCode, requestId, performance.now() - started));
  requestContext.run({ requestId }, next);
}

function writeAccessLine(request: Request, status: number, requestId: string, durationMs: number): void {
  const url = request.originalUrl;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const rounded = Math.round(durationMs * 10) / 10;
  const line: AccessLine = { message: `${request.method} ${path} ${status} ${rounded.toFixed(1)}ms`, method: request.method, path, status, durationMs: rounded, requestId };
  if (QUIET_PATHS.has(path)) accessLog.debug(line);
  else accessLog.log(line);
}

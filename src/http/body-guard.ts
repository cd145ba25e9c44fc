import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ErrorBody } from './http-exception.filter';

/** The largest request body the API reads (JSON, forms, anything but a multipart upload); past it the answer is 413. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface BodyGuardOptions {
  limitBytes: number;
  /** The whole body must have arrived this long after the headers. */
  timeoutMs: number;
}

/**
 * Cuts off a client that sends too much or too slowly, while the body is still streaming: past the
 * limit the answer is 413 at once, and once the body timeout passes it is 408, both with
 * `Connection: close`, and the connection is closed without reading the rest. (body-parser alone
 * would read an oversized body to its end before answering, so an endless chunked body was read
 * for minutes.) Counting happens on the request's own data events, beside the body parser.
 * Multipart uploads are left to their route's own limits and HTTP_REQUEST_TIMEOUT_MS: their body
 * is read later, by the route, and listening here would start the flow too early.
 */
export function bodyGuard(options: BodyGuardOptions): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!hasBody(request)) return next();
    if (isMultipart(request)) return closeIfUnread(request, response, next);
    const declared = Number(request.headers['content-length']);
    if (declared > options.limitBytes) return refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(options.limitBytes));

    let received = 0;
    const stop = () => {
      clearTimeout(timer);
      request.off('data', count);
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= options.limitBytes) return;
      stop();
      refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(options.limitBytes));
    };
    // Timers run before pending reads in Node's event loop: after a busy spell the deadline could
    // fire before bytes that had arrived in time are read. setImmediate decides after those reads.
    const timer = setTimeout(() => setImmediate(() => {
      if (request.complete || request.destroyed) return;
      stop();
      refuse(request, response, HttpStatus.REQUEST_TIMEOUT, `The request body did not arrive within ${options.timeoutMs / 1000} s`);
    }), options.timeoutMs);
    request.on('data', count);
    request.once('end', stop);
    request.once('close', stop);
    next();
  };
}

/**
 * A multipart body that no route read (sent to a route that takes none, or refused before reading)
 * would be drained by Node after the answer, for as long as the client sends: close instead.
 */
function closeIfUnread(request: Request, response: Response, next: NextFunction): void {
  response.once('finish', () => {
    if (!request.complete) request.socket.destroySoon();
  });
  next();
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isMultipart(request: Request): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
}

function tooLarge(limitBytes: number): string {
  return `Request body is larger than the limit (${Math.round(limitBytes / 1024)} KB)`;
}

/** Answers (unless an answer is already on its way) and closes the connection without reading the rest. */
function refuse(request: Request, response: Response, status: HttpStatus, message: string): void {
  const socket = request.socket;
  if (response.headersSent) {
    socket.destroy();
    return;
  }
  const body: ErrorBody = { statusCode: status, error: status === HttpStatus.REQUEST_TIMEOUT ? 'Request Timeout' : 'Payload Too Large', message };
  response.once('finish', () => socket.destroySoon());
  response.status(status).set('Connection', 'close').json(body);
  // Nothing reads the rest of the body: stop taking it in, so an endless sender only fills its own buffers.
  request.pause();
}

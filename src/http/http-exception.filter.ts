import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { type UnavailableDependency, unavailableDependency } from '../common/dependency-errors';

/** Seconds a client is told to wait (Retry-After) when a dependency is down: about a database restart. */
export const RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_MESSAGES: Record<UnavailableDependency, string> = {
  database: 'The database is unavailable right now; nothing was changed. Try again in a few seconds',
  redis: 'Redis (the job queue and sign-in limits) is unavailable right now; nothing was changed. Try again in a few seconds',
};

/** The one error body of the API. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: { field: string; message: string }[];
  /** Set on 500s: quote it when reporting the problem; the same id is in the server log. */
  errorId?: string;
}

/** Errors thrown by Express middleware (body-parser) carry their status on the error itself. */
interface MiddlewareError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

const MIDDLEWARE_MESSAGES: Record<string, string> = {
  'entity.too.large': 'Request body is larger than the limit',
  'entity.parse.failed': 'Request body is not valid JSON',
  'encoding.unsupported': 'Unsupported content encoding',
  'charset.unsupported': 'Unsupported charset',
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = this.toBody(exception, request);
    // Nobody to answer: the answer was sent already, or the client has gone.
    if (response.headersSent || request.socket.destroyed) return;
    const retryAfter = (exception as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (exception instanceof HttpException && typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After')) {
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, request: Request): ErrorBody {
    if (exception instanceof HttpException) return fromHttpException(exception);
    const dependency = unavailableDependency(exception);
    if (dependency) {
      this.logger.warn(`${request.method} ${request.originalUrl}: ${dependency} unavailable (${describe(exception)})`);
      return { statusCode: 503, error: 'Service Unavailable', message: UNAVAILABLE_MESSAGES[dependency] };
    }
    const middleware = exception as MiddlewareError;
    const status = middleware?.status ?? middleware?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500 && middleware.expose !== false) {
      return {
        statusCode: status,
        error: reasonPhrase(status),
        message: MIDDLEWARE_MESSAGES[middleware.type ?? ''] ?? middleware.message ?? reasonPhrase(status),
      };
    }
    const errorId = randomUUID();
    this.logger.error(
      `errorId=${errorId} ${request.method} ${request.originalUrl}: ${exception instanceof Error ? exception.stack : String(exception)}`,
    );
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side', errorId };
  }
}

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const body: ErrorBody = { statusCode, error: reasonPhrase(statusCode), message: exception.message };
  if (typeof response === 'object' && response !== null) {
    const { message, details } = response as { message?: unknown; details?: ErrorBody['details'] };
    if (typeof message === 'string') body.message = message;
    if (Array.isArray(message)) body.message = message.join('; ');
    if (details) body.details = details;
  }
  return body;
}

function describe(exception: unknown): string {
  return exception instanceof Error ? exception.message : String(exception);
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

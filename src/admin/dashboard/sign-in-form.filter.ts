import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HttpExceptionFilter } from '../../http/http-exception.filter';
import { renderSignInPage } from './sign-in-page';
import { SIGN_IN_PAGE_HEADERS } from './dashboard-session';

/** What a person at the form reads, by status; the JSON answer keeps the API's own messages. */
const FORM_ERRORS: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Enter your email address and password.',
  [HttpStatus.UNAUTHORIZED]: 'Email or password is incorrect.',
  [HttpStatus.FORBIDDEN]: 'This account is not an admin; the queue dashboard is for admin accounts.',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too many failed sign-ins. Wait a few minutes, then try again.',
};

/**
 * A refused sign-in from the HTML form answers with the form again, the reason above it and the
 * email kept, under the same status; a JSON caller gets the API's usual error body.
 */
@Catch()
export class SignInFormFilter implements ExceptionFilter {
  private readonly json = new HttpExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const retryAfter = (exception as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    const status = exception instanceof HttpException ? exception.getStatus() : undefined;
    const error = status === undefined ? undefined : FORM_ERRORS[status];
    if (!request.is('application/x-www-form-urlencoded') || error === undefined) return this.json.catch(exception, host);
    const email = typeof request.body?.email === 'string' ? (request.body.email as string).slice(0, 254) : undefined;
    response.status(status!).set(SIGN_IN_PAGE_HEADERS).send(renderSignInPage({ error, email }));
  }
}

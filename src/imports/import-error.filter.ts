import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { HttpExceptionFilter } from '../http/http-exception.filter';
import { ImportError } from './errors';

/** An ImportError as the API's one error body, with the field at fault and Retry-After when it applies. */
@Catch(ImportError)
export class ImportErrorFilter implements ExceptionFilter {
  private readonly errors = new HttpExceptionFilter();

  catch(error: ImportError, host: ArgumentsHost): void {
    if (error.retryAfterSeconds !== undefined) host.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(error.retryAfterSeconds));
    const message = error.kind === 'bad_request' ? `${error.field} ${error.message}` : error.message;
    this.errors.catch(new HttpException({ message, details: [{ field: error.field, message: error.message }] }, error.status), host);
  }
}

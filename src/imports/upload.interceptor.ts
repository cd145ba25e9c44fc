import { BadRequestException, type CallHandler, type ExecutionContext, HttpException, Injectable, type NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, finalize, type Observable, throwError } from 'rxjs';
import { ImportError, megabytes } from './errors';
import { ImportsService } from './imports.service';

/** Room for the multipart framing and the text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Runs before multer (FileInterceptor) on an upload: refuses a body declared larger than the limit
 * before reading it, takes an import slot (503 when none is free) for as long as the request lasts,
 * and gives multer's errors the field at fault.
 */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  constructor(private readonly imports: ImportsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declared = Number(context.switchToHttp().getRequest<Request>().headers['content-length']);
    if (Number.isFinite(declared) && declared > this.imports.maxFileBytes + MULTIPART_OVERHEAD) throw this.tooLarge();
    const leave = this.imports.admit();
    return next.handle().pipe(
      catchError((error: unknown) => throwError(() => this.withField(error))),
      finalize(leave),
    );
  }

  private tooLarge(): ImportError {
    return new ImportError('too_large', `The file is larger than ${megabytes(this.imports.maxFileBytes)}, the import limit. For a larger archive use \`npx citra import\` on your own machine.`);
  }

  private withField(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return this.tooLarge();
    // The client went away mid-upload (multer's words): nobody reads the answer, and it is no server fault.
    if (error instanceof Error && !(error instanceof HttpException) && /^Request (aborted|closed|error)$/.test(error.message)) {
      return new BadRequestException({ message: 'The upload stopped before the whole file arrived', details: [{ field: 'file', message: 'the upload stopped before the whole file arrived' }] });
    }
    if (error instanceof BadRequestException && !(error.getResponse() as { details?: unknown }).details) {
      return new BadRequestException({ message: error.message, details: [{ field: 'file', message: error.message }] });
    }
    return error;
  }
}

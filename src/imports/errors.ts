/**
 * Why an import was refused. Each kind maps to one HTTP status in the service (and to exit code 2 in
 * the CLI); the message says what to do, in words a candidate understands.
 */
export const IMPORT_ERROR_STATUS = {
  /** The request lacks the file or carries a bad option. */
  bad_request: 400,
  /** GitHub has no such user. */
  not_found: 404,
  /** Over the upload limit, the extracted-bytes cap, the entry cap or the parser's memory ceiling. */
  too_large: 413,
  /** Not a ZIP, JSON or PDF file, or not what its name says. */
  unsupported_type: 415,
  /** A readable file of the wrong kind, damaged, encrypted, with unsafe names, without text... */
  unprocessable: 422,
  /** Too many imports at once in this process. */
  busy: 503,
  /** GitHub could not be reached or answered with an error. */
  upstream: 502,
  /** GitHub's rate limit is spent. */
  upstream_rate_limited: 503,
  upstream_timeout: 504,
} as const;

export type ImportErrorKind = keyof typeof IMPORT_ERROR_STATUS;

export class ImportError extends Error {
  constructor(
    readonly kind: ImportErrorKind,
    message: string,
    /** The request field at fault ('file', 'platform', 'username'). */
    readonly field = 'file',
    /** Seconds after which a retry may succeed (busy, rate limited). */
    readonly retryAfterSeconds?: number,
    /** For the server log only (an unexpected failure's stack): never shown to the candidate. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }

  get status(): number {
    return IMPORT_ERROR_STATUS[this.kind];
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

/** A plain object that crosses the parser thread's boundary and becomes an ImportError again. */
export interface ImportErrorData {
  kind: ImportErrorKind;
  message: string;
  field: string;
  retryAfterSeconds?: number;
  detail?: string;
}

export function toErrorData(error: ImportError): ImportErrorData {
  return { kind: error.kind, message: error.message, field: error.field, retryAfterSeconds: error.retryAfterSeconds, detail: error.detail };
}

export function fromErrorData(data: ImportErrorData): ImportError {
  return new ImportError(data.kind, data.message, data.field, data.retryAfterSeconds, data.detail);
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

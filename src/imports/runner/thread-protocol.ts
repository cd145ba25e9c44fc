import type { ImportErrorData } from '../errors';
import type { ImportInput, ImportLimits, ImportOptions, ImportResult } from '../types';

/** What the parser thread is given (as workerData; an in-memory file's bytes are transferred). */
export interface ThreadRequest {
  input: ImportInput;
  options: ImportOptions;
  limits: ImportLimits;
}

/** The one message the parser thread sends back. */
export type ThreadReply = { ok: true; result: ImportResult } | { ok: false; error: ImportErrorData };

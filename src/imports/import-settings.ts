import { type Env, readInt, readOptionalString, readUrl } from '../config/env';
import { DEFAULT_IMPORT_MAX_FILE_MB, type ImportLimits } from './types';

const MB = 1024 * 1024;

/**
 * The `imports` settings, read from the environment the same way by the API (through
 * ConfigModule, see imports.config.ts) and by `citra import`. A bad value names its variable.
 */
export interface ImportSettings {
  limits: ImportLimits;
  /** Heap of the thread that parses one file; past it the import stops with 413. */
  heapMb: number;
  /** A file still being parsed after this long is given up (422). */
  timeoutMs: number;
  /** Files parsed at once by one API process; more get 503 with Retry-After. */
  concurrency: number;
  github: {
    apiUrl: string;
    /** Optional: raises GitHub's rate limit from 60 to 5,000 requests an hour. */
    token?: string;
    timeoutMs: number;
  };
}

export function readImportSettings(env: Env): ImportSettings {
  return {
    limits: {
      maxFileBytes: readInt(env, 'IMPORT_MAX_FILE_MB', DEFAULT_IMPORT_MAX_FILE_MB, 1, 2_048) * MB,
      maxExtractedBytes: readInt(env, 'IMPORT_MAX_EXTRACTED_MB', 200, 1, 8_192) * MB,
      maxEntries: readInt(env, 'IMPORT_MAX_ENTRIES', 50_000, 10, 1_000_000),
      maxPdfPages: readInt(env, 'IMPORT_MAX_PDF_PAGES', 30, 1, 500),
    },
    heapMb: readInt(env, 'IMPORT_HEAP_MB', 128, 32, 4_096),
    timeoutMs: readInt(env, 'IMPORT_TIMEOUT_SECONDS', 60, 1, 3_600) * 1000,
    concurrency: readInt(env, 'IMPORT_CONCURRENCY', 2, 1, 64),
    github: {
      apiUrl: readUrl(env, 'GITHUB_API_URL', ['https:', 'http:'], 'https://api.github.com').replace(/\/+$/, ''),
      token: readOptionalString(env, 'GITHUB_TOKEN'),
      timeoutMs: readInt(env, 'GITHUB_TIMEOUT_SECONDS', 10, 1, 120) * 1000,
    },
  };
}

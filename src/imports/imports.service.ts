import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { basename } from 'node:path';
import { ImportError } from './errors';
import { ImportGate } from './import-gate';
import { importsConfig } from './imports.config';
import { importGitHub } from './parsers/github';
import { ImportRunner } from './runner/import-runner';
import type { ImportOptions, ImportResult } from './types';

/** An uploaded file as multer hands it over (in memory; nothing is written to disk). */
export interface UploadedImport {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Imports for the API: a file parsed in a thread of its own (ImportRunner), at most
 * IMPORT_CONCURRENCY at once, or a GitHub profile. Nothing is stored: the answer is a preview the
 * candidate edits and submits as an audit.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');
  private readonly runner: ImportRunner;
  private readonly gate: ImportGate;

  constructor(@Inject(importsConfig.KEY) private readonly config: ConfigType<typeof importsConfig>) {
    this.runner = new ImportRunner(config);
    this.gate = new ImportGate(config.concurrency);
  }

  get maxFileBytes(): number {
    return this.config.limits.maxFileBytes;
  }

  /** Takes an import slot for the duration of one upload (see ImportGate). */
  admit(): () => void {
    return this.gate.enter();
  }

  async importUpload(file: UploadedImport | undefined, options: ImportOptions): Promise<ImportResult> {
    if (!file) throw new ImportError('bad_request', 'is required: send the export as the multipart field "file"');
    const name = basename(file.originalname || 'upload').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'upload';
    const bytes = file.buffer;
    // The runner moves these bytes into its thread; the request keeps no copy of the file.
    file.buffer = Buffer.alloc(0);
    return this.logUnexpected(() => this.runner.run({ name, bytes }, options));
  }

  importGitHub(username: string): Promise<ImportResult> {
    return importGitHub(username, this.config.github);
  }

  private async logUnexpected<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      // A file no rule foresaw: the candidate gets a 422, the log gets the stack (never the file).
      if (error instanceof ImportError && error.detail) this.logger.error(`An import failed unexpectedly: ${error.detail}`);
      throw error;
    }
  }
}

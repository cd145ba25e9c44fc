import { extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fromErrorData, ImportError } from '../errors';
import type { ImportInput, ImportLimits, ImportOptions, ImportResult } from '../types';
import type { ThreadReply, ThreadRequest } from './thread-protocol';

export interface RunnerSettings {
  limits: ImportLimits;
  /** The parser thread's old-generation heap; past it V8 stops the thread and the import fails with 413. */
  heapMb: number;
  /** The thread is stopped after this long and the import fails with 422. */
  timeoutMs: number;
}

/** The thread's young generation; with heapMb and the code space it bounds the thread's memory. */
const YOUNG_GENERATION_MB = 16;

/**
 * The compiled thread entry beside this file; run from the TypeScript sources (the tests), the
 * thread compiles them with swc as Jest does (test/support/swc-register.js).
 */
function threadEntry(): { file: string; execArgv: string[] } {
  const extension = extname(__filename);
  const file = join(__dirname, `parse-thread${extension}`);
  if (extension !== '.ts') return { file, execArgv: [] };
  return { file, execArgv: ['--require', resolve(__dirname, '../../../test/support/swc-register.js')] };
}

/** An in-memory file's bytes moved (not copied) to the thread; a view into a shared buffer is copied. */
function transferable(input: ImportInput): { input: ImportInput; transfer: ArrayBuffer[] } {
  if (!('bytes' in input)) return { input, transfer: [] };
  const { bytes } = input;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const own = whole ? bytes : new Uint8Array(bytes);
  return { input: { name: input.name, bytes: own }, transfer: [own.buffer as ArrayBuffer] };
}

/**
 * Runs importFile() in a worker thread of its own for each file: parsing never blocks the caller's
 * event loop, the thread's heap is capped (resourceLimits), and a file that takes too long is
 * stopped. The thread ends with the import, so nothing of the file outlives it.
 */
export class ImportRunner {
  constructor(private readonly settings: RunnerSettings) {}

  run(file: ImportInput, options: ImportOptions): Promise<ImportResult> {
    const { input, transfer } = transferable(file);
    const entry = threadEntry();
    const request: ThreadRequest = { input, options, limits: this.settings.limits };
    const worker = new Worker(entry.file, {
      workerData: request,
      transferList: transfer,
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.settings.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      // PDF.js may print warnings; they must not reach the CLI's standard output (the profile JSON).
      stdout: true,
    });
    worker.stdout.resume();
    return new Promise<ImportResult>((resolvePromise, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(
        () => settle(() => reject(new ImportError('unprocessable', `${file.name} took longer than ${Math.ceil(this.settings.timeoutMs / 1000)} s to read and was given up.`))),
        this.settings.timeoutMs,
      );
      worker.on('message', (reply: ThreadReply) => settle(() => (reply.ok ? resolvePromise(reply.result) : reject(fromErrorData(reply.error)))));
      worker.on('error', (error: Error & { code?: string }) => settle(() => reject(this.threadFailure(file.name, error))));
      worker.on('exit', (code) =>
        settle(() => reject(new ImportError('unprocessable', `${file.name} could not be read.`, 'file', undefined, `parser thread exited with code ${code}`))),
      );
    });
  }

  private threadFailure(name: string, error: Error & { code?: string }): ImportError {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new ImportError(
        'too_large',
        `${name} needs more memory to read than an import may use (${this.settings.heapMb} MB). Export a shorter period or fewer categories.`,
      );
    }
    return new ImportError('unprocessable', `${name} could not be read.`, 'file', undefined, error.stack ?? String(error));
  }
}

import { parentPort, workerData } from 'node:worker_threads';
import { ImportError, isImportError, toErrorData } from '../errors';
import { importFile } from '../import-file';
import type { ThreadReply, ThreadRequest } from './thread-protocol';

/**
 * The parser thread: imports one file and posts one ThreadReply. Started by ImportRunner with a
 * heap ceiling; a failure that is not an ImportError (a bug, or input no rule foresaw) is
 * answered as an unreadable file, with its stack for the server log.
 */
async function main(): Promise<ThreadReply> {
  const { input, options, limits } = workerData as ThreadRequest;
  try {
    return { ok: true, result: await importFile(input, options, limits) };
  } catch (error) {
    const failure = isImportError(error)
      ? error
      : new ImportError('unprocessable', `${input.name} could not be read.`, 'file', undefined, (error as Error)?.stack ?? String(error));
    return { ok: false, error: toErrorData(failure) };
  }
}

void main().then((reply) => parentPort?.postMessage(reply));

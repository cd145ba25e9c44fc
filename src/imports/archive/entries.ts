import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { readWithEncodingFallback, TextDecodeStream } from '../text/decode';
import type { ImportInput } from '../types';
import type { ZipArchive } from './zip';

const CHUNK = 64 * 1024;

/** The bytes of an input in 64 KB chunks, so that no parser sees the whole file at once. */
export function openInput(input: ImportInput): Readable {
  if ('path' in input) return createReadStream(input.path, { highWaterMark: CHUNK });
  const { bytes } = input;
  return Readable.from(
    (function* chunks() {
      for (let start = 0; start < bytes.length; start += CHUNK) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(CHUNK, bytes.length - start));
    })(),
  );
}

/** `bytes` decoded to text (see text/decode.ts); errors of either stream come out of the result. */
export function decoded(bytes: Readable, fileName: string, encoding: 'utf-8' | 'windows-1252'): Readable {
  return pipeline(bytes, new TextDecodeStream(fileName, encoding), () => undefined);
}

/**
 * Reads a JSON file of an export as UTF-8, the only encoding the platforms write JSON in (the
 * JSON readers refuse a file that is not, see json-select.ts).
 */
export async function readJson<T>(open: () => Promise<Readable>, name: string, read: (text: Readable) => Promise<T>): Promise<T> {
  return read(decoded(await open(), name, 'utf-8'));
}

/**
 * Reads a CSV file as UTF-8 and, if it is not, once more as Windows-1252 (a file re-saved by a
 * spreadsheet), with a warning. `read` must start from nothing each time it is called.
 */
export function readCsvText<T>(open: () => Promise<Readable>, name: string, warnings: string[], read: (text: Readable) => Promise<T>): Promise<T> {
  return readWithEncodingFallback(name, async (encoding) => read(decoded(await open(), name, encoding)), (message) => warnings.push(message));
}

export function entryOpener(archive: ZipArchive, name: string): () => Promise<Readable> {
  return () => archive.openEntry(name);
}

export function inputOpener(input: ImportInput): () => Promise<Readable> {
  return async () => openInput(input);
}

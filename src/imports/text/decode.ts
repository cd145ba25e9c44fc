import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { ImportError } from '../errors';

/**
 * Bytes to text for the files of an export. The platforms write UTF-8; a file re-saved by a
 * spreadsheet may be UTF-16 (with a byte-order mark) or Windows-1252. Decoding is strict: UTF-8
 * that does not decode is read again as Windows-1252 (see readWithEncodingFallback) unless it also
 * holds valid UTF-8 sequences, which means two encodings mixed in one file: that is refused.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

/** Thrown by the strict UTF-8 pass so that the caller reads the file again as Windows-1252. */
export class NotUtf8Error extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not UTF-8`);
    this.name = 'NotUtf8Error';
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A Transform from the file's bytes to UTF-8 text without a byte-order mark. */
export class TextDecodeStream extends Transform {
  private decoder?: TextDecoder;
  private head: Buffer | undefined = Buffer.alloc(0);
  private readonly legacyCheck?: Utf8SequenceDetector;

  constructor(
    private readonly fileName: string,
    private readonly encoding: TextEncoding,
  ) {
    super();
    if (encoding === 'windows-1252') this.legacyCheck = new Utf8SequenceDetector();
  }

  override _transform(chunk: Buffer, _: BufferEncoding, callback: TransformCallback): void {
    try {
      let bytes = chunk;
      if (this.head !== undefined) {
        // The first 3 bytes decide the encoding (byte-order marks); hold them until they are there.
        this.head = Buffer.concat([this.head, chunk]);
        if (this.head.length < 3) return callback();
        bytes = this.start(this.head);
        this.head = undefined;
      }
      this.decodeChunk(bytes, true);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.head !== undefined) this.decodeChunk(this.start(this.head), true);
      this.decodeChunk(Buffer.alloc(0), false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private start(head: Buffer): Buffer {
    if (head[0] === 0xff && head[1] === 0xfe) return this.use('utf-16le', head.subarray(2));
    if (head[0] === 0xfe && head[1] === 0xff) return this.use('utf-16be', head.subarray(2));
    if (UTF8_BOM.every((byte, index) => head[index] === byte)) return this.use(this.encoding, head.subarray(3));
    return this.use(this.encoding, head);
  }

  private use(label: string, rest: Buffer): Buffer {
    this.decoder = new TextDecoder(label, { fatal: label !== 'windows-1252' });
    return rest;
  }

  private decodeChunk(bytes: Buffer, stream: boolean): void {
    const decoder = this.decoder as TextDecoder;
    if (this.legacyCheck && decoder.encoding === 'windows-1252' && this.legacyCheck.feed(bytes)) {
      throw new ImportError(
        'unprocessable',
        `${this.fileName} mixes two text encodings (UTF-8 and another). Save it again as UTF-8, or use the file as the platform wrote it.`,
      );
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      if (decoder.encoding === 'utf-8') throw new NotUtf8Error(this.fileName);
      throw new ImportError('unprocessable', `${this.fileName} is not valid ${decoder.encoding} text.`);
    }
    if (text.length > 0) this.push(text);
  }
}

/**
 * Finds a valid multi-byte UTF-8 sequence in bytes read as Windows-1252 (e.g. "Ã©" for "é"): such a
 * file holds text in two encodings.
 */
class Utf8SequenceDetector {
  private carry = Buffer.alloc(0);

  feed(chunk: Buffer): boolean {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let index = 0;
    while (index < bytes.length) {
      const length = sequenceLength(bytes[index]);
      if (length === 0) {
        index += 1;
        continue;
      }
      if (index + length > bytes.length) break;
      let valid = true;
      for (let offset = 1; offset < length; offset += 1) if ((bytes[index + offset] & 0xc0) !== 0x80) valid = false;
      if (valid) return true;
      index += 1;
    }
    // Only an incomplete sequence at the end waits for the next chunk.
    this.carry = Buffer.from(bytes.subarray(index));
    return false;
  }
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Runs `read` on the file decoded as UTF-8 and, if that is not UTF-8, once more as Windows-1252
 * (with a warning the candidate sees). `read` must start from nothing each time it is called.
 */
export async function readWithEncodingFallback<T>(
  fileName: string,
  read: (encoding: TextEncoding) => Promise<T>,
  warn: (message: string) => void,
): Promise<T> {
  try {
    return await read('utf-8');
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
  }
  const result = await read('windows-1252');
  warn(`${fileName} is not UTF-8; it was read as Windows-1252. Check accented letters in the preview.`);
  return result;
}

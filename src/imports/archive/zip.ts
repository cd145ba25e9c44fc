import { type Readable, Transform, type TransformCallback } from 'node:stream';
import * as yauzl from 'yauzl';
import { ImportError, megabytes } from '../errors';
import type { ImportInput, ImportLimits } from '../types';

const NESTED_ARCHIVE = /\.(zip|rar|7z|tar|tgz|gz|bz2|xz)$/i;

/**
 * A ZIP archive read through yauzl, entry by entry and by name. Only the central directory (the
 * list of names and sizes) is read up front; an entry's bytes are read only when openEntry() is
 * called with its name, and every such name is recorded in `filesRead`. Nothing is written to
 * disk. Enforced here: the entry count, the total uncompressed bytes opened (checked against the
 * declared sizes before opening and while streaming), unsafe names (yauzl refuses absolute paths,
 * `..` segments and control characters), names listed twice, encrypted entries.
 */
export class ZipArchive {
  readonly filesRead: string[] = [];
  private extracted = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
    private readonly limits: ImportLimits,
    readonly fileName: string,
  ) {}

  static async open(input: ImportInput, limits: ImportLimits): Promise<ZipArchive> {
    const options: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false };
    let zip: yauzl.ZipFile;
    try {
      zip =
        'bytes' in input
          ? await yauzl.fromBufferPromise(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), options)
          : await yauzl.openPromise(input.path, options);
    } catch (error) {
      throw new ImportError('unprocessable', `${input.name} is not a readable ZIP archive (${(error as Error).message}).`);
    }
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw new ImportError('too_large', `${input.name} lists ${zip.entryCount} files; an import reads archives of at most ${limits.maxEntries}.`);
      }
      return new ZipArchive(zip, await readDirectory(zip, input.name), limits, input.name);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Names of archives inside this one; they are never opened. */
  nestedArchives(): string[] {
    return this.names.filter((name) => NESTED_ARCHIVE.test(name));
  }

  /**
   * The folder the export sits in: '' when `anchor` (e.g. 'data/account.js') is at the root, or
   * 'folder/' when the candidate zipped the export's folder again. Undefined when it is absent.
   */
  prefixOf(anchor: string): string | undefined {
    if (this.entries.has(anchor)) return '';
    for (const name of this.entries.keys()) {
      if (!name.endsWith(`/${anchor}`)) continue;
      const prefix = name.slice(0, name.length - anchor.length);
      if (prefix.indexOf('/') === prefix.length - 1) return prefix;
    }
    return undefined;
  }

  /** Opens one entry by name, counting its bytes against the archive's extraction cap. */
  async openEntry(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`No entry ${name} in ${this.fileName}`);
    if (entry.isEncrypted()) throw new ImportError('unprocessable', `${name} in ${this.fileName} is encrypted (password-protected); export it again without a password.`);
    if (this.extracted + entry.uncompressedSize > this.limits.maxExtractedBytes) throw this.tooMuch();
    this.extracted += entry.uncompressedSize;
    if (!this.filesRead.includes(name)) this.filesRead.push(name);
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw new ImportError('unprocessable', `${name} in ${this.fileName} cannot be read (${(error as Error).message}).`);
    }
    const counter = new ByteCap(entry.uncompressedSize, name, this.fileName);
    stream.on('error', (error) => counter.destroy(asImportError(error, name, this.fileName)));
    return stream.pipe(counter);
  }

  close(): void {
    this.zip.close();
  }

  private tooMuch(): ImportError {
    return new ImportError(
      'too_large',
      `The files to read in ${this.fileName} hold more than ${megabytes(this.limits.maxExtractedBytes)} uncompressed. Export a shorter period or fewer categories.`,
    );
  }
}

async function readDirectory(zip: yauzl.ZipFile, fileName: string): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (entries.has(entry.fileName)) {
        throw new ImportError('unprocessable', `${fileName} lists ${entry.fileName} twice, so it is ambiguous which one to read; it was not read.`);
      }
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = (error as Error).message;
    if (/path|fileName|file name/i.test(message)) {
      throw new ImportError('unprocessable', `${fileName} has a file with an unsafe name (${message}); the archive was not read.`);
    }
    throw new ImportError('unprocessable', `${fileName} is a damaged ZIP archive (${message}).`);
  }
  return entries;
}

function asImportError(error: Error, name: string, fileName: string): ImportError {
  if (error instanceof ImportError) return error;
  return new ImportError('unprocessable', `${name} in ${fileName} is damaged (${error.message}).`);
}

/** Passes an entry's bytes on and fails as soon as more arrive than its header declared. */
class ByteCap extends Transform {
  private seen = 0;

  constructor(
    private readonly declared: number,
    private readonly name: string,
    private readonly fileName: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.declared) {
      callback(new ImportError('unprocessable', `${this.name} in ${this.fileName} holds more data than its header says; the archive is damaged or hostile.`));
      return;
    }
    callback(null, chunk);
  }
}

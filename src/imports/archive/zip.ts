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
interface ArchiveState {
  zip: yauzl.ZipFile;
  entries: ReadonlyMap<string, yauzl.Entry>;
  limits: ImportLimits;
  fileName: string;
  filesRead: string[];
  extracted: number;
}

export class ZipArchive {
  private constructor(
    private readonly state: ArchiveState,
    /** The folder this view sees, '' for the whole archive (see scoped()). */
    private readonly prefix = '',
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
      const entries = await readDirectory(zip, input.name);
      return new ZipArchive({ zip, entries, limits, fileName: input.name, filesRead: [], extracted: 0 });
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  get fileName(): string {
    return this.state.fileName;
  }

  /** Every entry opened so far, by its full name in the archive, in order. */
  get filesRead(): string[] {
    return this.state.filesRead;
  }

  /** The names of the files in this view, relative to its folder. */
  get names(): string[] {
    const names: string[] = [];
    for (const name of this.state.entries.keys()) if (name.startsWith(this.prefix)) names.push(name.slice(this.prefix.length));
    return names;
  }

  has(name: string): boolean {
    return this.state.entries.has(this.prefix + name);
  }

  /** The same archive seen from inside `prefix` ('folder/'): names are relative to it. */
  scoped(prefix: string): ZipArchive {
    return prefix === '' ? this : new ZipArchive(this.state, this.prefix + prefix);
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
    if (this.has(anchor)) return '';
    for (const name of this.names) {
      if (!name.endsWith(`/${anchor}`)) continue;
      const prefix = name.slice(0, name.length - anchor.length);
      if (prefix.indexOf('/') === prefix.length - 1) return prefix;
    }
    return undefined;
  }

  /** Opens one entry by name, counting its bytes against the archive's extraction cap. */
  async openEntry(name: string): Promise<Readable> {
    const { state } = this;
    const fullName = this.prefix + name;
    const entry = state.entries.get(fullName);
    if (!entry) throw new Error(`No entry ${fullName} in ${state.fileName}`);
    if (entry.isEncrypted()) {
      throw new ImportError('unprocessable', `${fullName} in ${state.fileName} is encrypted (password-protected); export it again without a password.`);
    }
    if (state.extracted + entry.uncompressedSize > state.limits.maxExtractedBytes) {
      throw new ImportError(
        'too_large',
        `The files to read in ${state.fileName} hold more than ${megabytes(state.limits.maxExtractedBytes)} uncompressed. Export a shorter period or fewer categories.`,
      );
    }
    state.extracted += entry.uncompressedSize;
    if (!state.filesRead.includes(fullName)) state.filesRead.push(fullName);
    let stream: Readable;
    try {
      stream = await state.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw new ImportError('unprocessable', `${fullName} in ${state.fileName} cannot be read (${(error as Error).message}).`);
    }
    const counter = new ByteCap(entry.uncompressedSize, fullName, state.fileName);
    stream.on('error', (error) => counter.destroy(asImportError(error, fullName, state.fileName)));
    return stream.pipe(counter);
  }

  close(): void {
    this.state.zip.close();
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

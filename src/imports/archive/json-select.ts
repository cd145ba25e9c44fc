import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { chain } from 'stream-chain';
import { parser } from 'stream-json';
import Assembler from 'stream-json/Assembler';
import { filter } from 'stream-json/filters/Filter';
import { streamArray } from 'stream-json/streamers/StreamArray';
import { ImportError } from '../errors';
import { NotUtf8Error } from '../text/decode';

/** Deeper JSON than any export writes; deeper input is refused before it costs memory. */
const MAX_DEPTH = 32;

/**
 * Streams a JSON file and builds only the values whose dotted path (`0.tweet.full_text`,
 * `Post.Posts.VideoList.3.Title`) matches `keep`; every other value is tokenised and dropped
 * without being built, so fields such as e-mail addresses or messages in the same file never
 * exist as values in memory. The enclosing objects and arrays keep their shape.
 */
function filtered(text: Readable, fileName: string, keep: RegExp) {
  const pipeline = chain([
    text,
    parser({ streamValues: false }),
    filter({
      filter: (stack: readonly (string | number | null)[]) => {
        if (stack.length > MAX_DEPTH) throw new ImportError('unprocessable', `${fileName} is nested deeper than any export (${MAX_DEPTH} levels).`);
        return keep.test(stack.join('.'));
      },
    }),
  ]);
  return pipeline;
}

/** Each item of a top-level JSON array, holding only the kept fields; memory bounded by one item. */
export async function* selectArrayItems(text: Readable, fileName: string, keep: RegExp): AsyncIterable<unknown> {
  const pipeline = chain([filtered(text, fileName, keep), streamArray()]);
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) yield item.value;
  } catch (error) {
    throw asJsonError(error, fileName);
  } finally {
    pipeline.destroy();
  }
}

/** The whole document, holding only the kept fields (for files whose kept part is small). */
export async function selectDocument(text: Readable, fileName: string, keep: RegExp): Promise<unknown> {
  const pipeline = filtered(text, fileName, keep);
  const assembler = Assembler.connectTo(pipeline);
  try {
    await new Promise<void>((resolve, reject) => {
      pipeline.on('end', resolve);
      pipeline.on('error', reject);
      pipeline.resume();
    });
  } catch (error) {
    throw asJsonError(error, fileName);
  }
  return assembler.current;
}

function asJsonError(error: unknown, fileName: string): Error {
  if (error instanceof ImportError) return error;
  if (error instanceof NotUtf8Error) return new ImportError('unprocessable', `${fileName} is not UTF-8 text, so it is not the file the platform wrote.`);
  return new ImportError('unprocessable', `${fileName} is not valid JSON (${(error as Error).message}).`);
}

/**
 * X archive files are JavaScript, `window.YTD.tweets.part0 = [ ... ]`: drops everything up to the
 * `=` so that what follows is read as JSON, and refuses a file that does not start that way.
 */
export class JsAssignmentPrefix extends Transform {
  private head: string | undefined = '';

  constructor(private readonly fileName: string) {
    super();
  }

  override _transform(chunk: Buffer, _: BufferEncoding, callback: TransformCallback): void {
    if (this.head === undefined) return callback(null, chunk);
    this.head += chunk.toString('utf8');
    const equals = this.head.indexOf('=');
    if (equals === -1) {
      if (this.head.length > 512) return callback(this.notArchiveFile());
      return callback();
    }
    if (!/^\s*window\.YTD\.[\w.]+\s*$/.test(this.head.slice(0, equals))) return callback(this.notArchiveFile());
    const rest = this.head.slice(equals + 1);
    this.head = undefined;
    callback(null, rest);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.head === undefined ? null : this.notArchiveFile());
  }

  private notArchiveFile(): ImportError {
    return new ImportError('unprocessable', `${this.fileName} does not look like a file of an X archive (it should start with "window.YTD.").`);
  }
}

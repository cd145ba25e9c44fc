import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportError } from '../errors';
import { NotUtf8Error } from '../text/decode';

/** A record larger than this is not a LinkedIn export line (their longest fields are a few KB). */
const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * The records of a CSV file with only the `wanted` columns, by header name: csv-parse drops every
 * other column while parsing (a column mapped to `false`), so e.g. Profile.csv's Address and
 * Birth Date never reach a record. `required` columns must be in the header.
 */
export async function* readCsvRecords(
  text: Readable,
  fileName: string,
  wanted: readonly string[],
  required: readonly string[] = [],
): AsyncIterable<Record<string, string>> {
  let missing: string[] = [];
  const parser = parse({
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim());
      missing = required.filter((name) => !names.includes(name));
      return names.map((name) => (wanted.includes(name) ? name : false));
    },
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      if (missing.length > 0) break;
      yield record;
    }
  } catch (error) {
    if (error instanceof ImportError || error instanceof NotUtf8Error) throw error;
    throw new ImportError('unprocessable', `${fileName} is not a valid CSV file (${(error as Error).message}).`);
  } finally {
    parser.destroy();
    text.destroy();
  }
  if (missing.length > 0) {
    throw new ImportError('unprocessable', `${fileName} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that the platform's export has.`);
  }
}

/**
 * Readers for the labelled eval files. One pass over the characters, no regular expressions.
 */

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
 * commas, newlines and `""` (an escaped quote). A trailing newline does not add an empty record.
 * Lenient where the RFC is silent: characters after a closing quote are kept as part of the field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = (): void => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };

  for (; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || record.length > 0) endRecord();
  return records;
}

/**
 * Tab-separated values as the eval sets use them: one record per line, no quoting, fields split on
 * tabs. Blank lines are skipped; CRLF line ends are accepted.
 */
export function parseTsv(text: string): string[][] {
  const records: string[][] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.length > 0) records.push(line.split('\t'));
    start = end + 1;
  }
  return records;
}

/**
 * Records as objects keyed by the header row (the first record). Rows with fewer fields than the
 * header get '' for the missing ones.
 */
export function recordsWithHeader(records: string[][]): Record<string, string>[] {
  if (records.length === 0) return [];
  const header = records[0];
  const rows: Record<string, string>[] = [];
  for (let r = 1; r < records.length; r++) {
    const row: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) row[header[c]] = records[r][c] ?? '';
    rows.push(row);
  }
  return rows;
}

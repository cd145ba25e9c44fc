/**
 * Builds export files in memory for the import tests, the import bench and docs/examples/imports:
 * ZIP archives (yazl, deterministic dates), X's `window.YTD` files, CSV with LinkedIn's quoting, and
 * PDFs laid out like LinkedIn's "Save to PDF" (pdfkit). Development only: yazl and pdfkit are
 * devDependencies and nothing the API, the worker or the CLI runs imports this folder.
 */
import PDFDocument from 'pdfkit';
import { ZipFile } from 'yazl';

const FIXED_DATE = new Date(Date.UTC(2026, 0, 15, 12, 0, 0));

export type Entries = Record<string, string | Buffer>;

/** A ZIP archive of these entries, deflated, with fixed dates so that the bytes are reproducible. */
export function zipOf(entries: Entries, options: { compress?: boolean } = {}): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name, { mtime: FIXED_DATE, compress: options.compress ?? true });
  }
  zip.end();
  return collect(zip.outputStream);
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/**
 * Rewrites an entry name in a built archive (local header and central directory), to make names
 * yazl refuses to write, such as `../evil.js`. Both names must have the same length in bytes.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  const fromBytes = Buffer.from(from, 'utf8');
  const toBytes = Buffer.from(to, 'utf8');
  if (fromBytes.length !== toBytes.length) throw new Error('names must have the same length');
  const result = Buffer.from(zip);
  let index = result.indexOf(fromBytes);
  if (index === -1) throw new Error(`${from} not found`);
  while (index !== -1) {
    toBytes.copy(result, index);
    index = result.indexOf(fromBytes, index + 1);
  }
  return result;
}

/** Sets the uncompressed size both headers declare for the entry `name` (a lying zip bomb). */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const result = Buffer.from(zip);
  const nameBytes = Buffer.from(name, 'utf8');
  for (let index = result.indexOf(nameBytes); index !== -1; index = result.indexOf(nameBytes, index + 1)) {
    if (result.readUInt32LE(index - 30) === 0x04034b50) result.writeUInt32LE(size, index - 30 + 22);
    if (index >= 46 && result.readUInt32LE(index - 46) === 0x02014b50) result.writeUInt32LE(size, index - 46 + 24);
  }
  return result;
}

/** An X archive file: `window.YTD.<name>.part0 = [...]`, pretty-printed as X writes it. */
export function ytd(name: string, items: unknown[]): string {
  return `window.YTD.${name}.part0 = ${JSON.stringify(items, null, 2)}`;
}

/** CSV with every field quoted as LinkedIn writes it, CRLF line ends. */
export function csv(rows: string[][]): string {
  return `${rows.map((row) => row.map((field) => `"${field.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
}

/** X's `created_at`: "Wed Oct 10 20:19:24 +0000 2018". */
export function twitterDate(iso: string): string {
  const date = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000 ${date.getUTCFullYear()}`;
}

/** Meta's broken escaping: each UTF-8 byte of the text as its own code unit (see repairMetaText). */
export function metaMojibake(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

export interface PdfLine {
  text: string;
  size: number;
  /** 'left' is LinkedIn's sidebar (contact, skills), 'main' the column with name and sections. */
  column: 'left' | 'main';
}

/**
 * A PDF laid out like LinkedIn's "Save to PDF": a narrow left column and a main column, lines top
 * to bottom, new pages as needed, "Page N of M" footers. `encrypt` sets a user password; `noText`
 * draws shapes only (a scan has no text layer).
 */
export function pdfOf(lines: PdfLine[], options: { encrypt?: boolean; noText?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 36,
    bufferPages: true,
    info: { Title: 'Profile', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    ...(options.encrypt ? { userPassword: 'secret', ownerPassword: 'owner' } : {}),
  });
  const done = collect(doc as unknown as NodeJS.ReadableStream);
  if (options.noText) {
    doc.rect(40, 40, 500, 300).fill('#cccccc');
  } else {
    layOut(doc, lines);
  }
  doc.end();
  return done;
}

function layOut(doc: PDFKit.PDFDocument, lines: PdfLine[]): void {
  const y = { left: 48, main: 48 };
  for (const line of lines) {
    const x = line.column === 'left' ? 36 : 210;
    const width = line.column === 'left' ? 150 : 366;
    doc.fontSize(line.size);
    const height = doc.heightOfString(line.text, { width });
    if (y[line.column] + height > 720) {
      doc.addPage();
      y.left = 48;
      y.main = 48;
    }
    doc.text(line.text, x, y[line.column], { width });
    y[line.column] += height + line.size * 0.4;
  }
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    doc.fontSize(9).text(`Page ${page + 1} of ${range.count}`, 260, 750, { lineBreak: false });
  }
}

/** Marks the entry `name` as encrypted in both headers (general purpose flag bit 0). */
export function markEncrypted(zip: Buffer, name: string): Buffer {
  const result = Buffer.from(zip);
  const nameBytes = Buffer.from(name, 'utf8');
  for (let index = result.indexOf(nameBytes); index !== -1; index = result.indexOf(nameBytes, index + 1)) {
    if (result.readUInt32LE(index - 30) === 0x04034b50) result.writeUInt16LE(result.readUInt16LE(index - 30 + 6) | 1, index - 30 + 6);
    if (index >= 46 && result.readUInt32LE(index - 46) === 0x02014b50) result.writeUInt16LE(result.readUInt16LE(index - 46 + 8) | 1, index - 46 + 8);
  }
  return result;
}

import { dirname, join } from 'node:path';
import { ImportError } from '../errors';

/** One line of text on a page, in reading order within its column. */
export interface PdfLine {
  text: string;
  /** Font size in points (the height of the line's largest text). */
  size: number;
  /** Left and right edges and baseline, in points from the page's bottom-left corner. */
  x: number;
  right: number;
  y: number;
  page: number;
  /** The page's width, to tell columns apart. */
  pageWidth: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}


type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/** PDF.js is an ES module of a few MB: loaded once per thread, only when a PDF comes in. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The folders of PDF.js's own font and CMap data, read from disk, never from the network. */
function dataFolder(name: string): string {
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), name)}/`;
}

/**
 * The text lines of a PDF's first `maxPages` pages with their positions and sizes, extracted by
 * PDF.js with XFA forms, system fonts and font loading off. Refuses (422) a damaged or
 * encrypted PDF and one whose pages hold no text (a scan).
 */
export async function readPdfLines(bytes: Uint8Array, fileName: string, maxPages: number, warnings: string[]): Promise<PdfLine[]> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: bytes,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
    standardFontDataUrl: dataFolder('standard_fonts'),
    cMapUrl: dataFolder('cmaps'),
    cMapPacked: true,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ImportError('unprocessable', `${fileName} is encrypted (password-protected). Save the profile to PDF again without a password.`);
    throw new ImportError('unprocessable', `${fileName} is not a readable PDF (${(error as Error).message}).`);
  }
  try {
    if (document.numPages > maxPages) warnings.push(`${fileName} has ${document.numPages} pages; the first ${maxPages} were read.`);
    const lines: PdfLine[] = [];
    for (let number = 1; number <= Math.min(document.numPages, maxPages); number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item) => 'str' in item) as TextItem[];
      lines.push(...toLines(items, number, page.view[2] - page.view[0]));
      page.cleanup();
    }
    if (lines.reduce((total, line) => total + line.text.trim().length, 0) < 10) {
      throw new ImportError('unprocessable', `${fileName} has no text layer (it is a scan or an image). Use LinkedIn's own "Save to PDF", or its data export.`);
    }
    return lines;
  } finally {
    await document.destroy();
  }
}

/** Joins the text items that share a baseline into lines, top to bottom, left to right. */
function toLines(items: TextItem[], page: number, pageWidth: number): PdfLine[] {
  const sorted = items
    .filter((item) => item.str.length > 0)
    .map((item) => ({ item, x: item.transform[4], y: item.transform[5] }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  let current: PdfLine | undefined;
  const lines: PdfLine[] = [];
  for (const { item, x, y } of sorted) {
    const sameLine = current !== undefined && Math.abs(current.y - y) < 2 && x >= current.right - 1 && x - current.right < 40;
    if (current !== undefined && sameLine) {
      const gap = x - current.right > 1 && !current.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
      current.text += gap + item.str;
      current.right = x + item.width;
      current.size = Math.max(current.size, item.height);
      continue;
    }
    if (current) lines.push(current);
    current = { text: item.str, size: item.height, x, y, page, pageWidth, right: x + item.width };
  }
  if (current) lines.push(current);
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text.length > 0);
}

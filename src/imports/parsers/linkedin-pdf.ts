import { type PdfLine, readPdfLines } from '../archive/pdf-lines';
import { ImportError } from '../errors';
import { buildResult, newParseState } from '../result';
import type { ImportResult } from '../types';

/**
 * LinkedIn's "More → Save to PDF" profile. The PDF has a narrow left column (Contact, Top Skills,
 * Languages, Certifications, Honors-Awards, Publications) and a main column (name, headline,
 * location, then Summary, Experience, Education...), with "Page N of M" footers. Headings are
 * recognised by their words (English and Indonesian interface) on a line of their own in a larger
 * font. Taken: name, headline, the LinkedIn address and web sites of Contact, and the sections
 * turned into about text as for the data export. Left out: e-mail and phone of Contact, the
 * location under the headline and the location line of each position.
 */
const HEADINGS: Record<string, string> = {
  contact: 'contact',
  kontak: 'contact',
  'top skills': 'skills',
  'keahlian teratas': 'skills',
  'keterampilan teratas': 'skills',
  languages: 'languages',
  bahasa: 'languages',
  certifications: 'certifications',
  sertifikasi: 'certifications',
  'honors-awards': 'honors',
  'penghargaan-anugerah': 'honors',
  penghargaan: 'honors',
  publications: 'publications',
  publikasi: 'publications',
  patents: 'patents',
  paten: 'patents',
  summary: 'summary',
  ringkasan: 'summary',
  experience: 'experience',
  pengalaman: 'experience',
  education: 'education',
  pendidikan: 'education',
  'volunteer experience': 'volunteer',
  'pengalaman sukarela': 'volunteer',
  projects: 'projects',
  proyek: 'projects',
};

const SECTION_TITLES: [key: string, title: string][] = [
  ['experience', 'Experience'],
  ['education', 'Education'],
  ['volunteer', 'Volunteer experience'],
  ['projects', 'Projects'],
  ['certifications', 'Certifications'],
  ['honors', 'Honors and awards'],
  ['publications', 'Publications'],
  ['patents', 'Patents'],
];

const FOOTER = /^(page|halaman) \d+ (of|dari) \d+$/i;
const DATE_RANGE = /\b(19|20)\d{2}\b.*[-–]|[-–].*\b(present|sekarang|saat ini)\b/i;
const CONTACT_PRIVATE = /@|\((mobile|home|work|seluler|rumah|kantor)\)\s*$|^\+?[\d\s().-]{7,}$/i;

interface Column {
  /** Lines before the first heading (the main column: name, headline, location). */
  top: PdfLine[];
  sections: Map<string, PdfLine[]>;
}

function headingOf(line: PdfLine, bodySize: number): string | undefined {
  const key = HEADINGS[line.text.toLowerCase()];
  return key !== undefined && line.size >= bodySize * 1.15 ? key : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function splitColumn(lines: PdfLine[], bodySize: number): Column {
  const column: Column = { top: [], sections: new Map() };
  let current: PdfLine[] = column.top;
  for (const line of lines.length > 0 ? mergeWrapped(lines) : lines) {
    const heading = headingOf(line, bodySize);
    if (heading !== undefined) {
      current = column.sections.get(heading) ?? [];
      column.sections.set(heading, current);
    } else current.push(line);
  }
  return column;
}

/**
 * Joins a line broken by the column's width to the line before it: the line before reaches the
 * column's right edge (and does not end an item with ')') or ends a web address with '/', in the
 * same font size, right below it.
 */
function mergeWrapped(lines: PdfLine[]): PdfLine[] {
  const merged: PdfLine[] = [];
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.map((line) => line.right));
  const nearEdge = right - (right - left) * 0.15;
  for (const line of lines) {
    const previous = merged[merged.length - 1];
    const below = previous !== undefined && previous.page === line.page && previous.y > line.y && previous.y - line.y < line.size * 2;
    const broken = previous !== undefined && ((previous.right >= nearEdge && !/[)]$/.test(previous.text)) || previous.text.endsWith('/'));
    if (previous !== undefined && below && broken && Math.abs(previous.size - line.size) < 0.5) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text}${previous.text.endsWith('/') ? '' : ' '}${line.text}`, right: line.right, y: line.y };
    } else merged.push(line);
  }
  return merged;
}

/** Paragraphs of prose: a gap larger than a line starts a new one. */
function prose(lines: PdfLine[]): string {
  return lines.map((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined) return line.text;
    return `${previous.page === line.page && previous.y - line.y > line.size * 2.2 ? '\n\n' : '\n'}${line.text}`;
  }).join('');
}

/** Experience-like sections, line by line, without the location line that follows a date range. */
function entries(lines: PdfLine[]): string {
  return lines
    .filter((line, index) => {
      const previous = lines[index - 1];
      return !(previous !== undefined && DATE_RANGE.test(previous.text) && line.text.includes(',') && line.text.length < 80 && !/[.!?]$/.test(line.text));
    })
    .map((line) => line.text)
    .join('\n');
}

function contactLinks(lines: PdfLine[]): { url?: string; handle?: string; sites: string[] } {
  const sites: string[] = [];
  let url: string | undefined;
  let handle: string | undefined;
  for (const line of lines) {
    if (CONTACT_PRIVATE.test(line.text)) continue;
    const profile = /linkedin\.com\/in\/([A-Za-z0-9_%-]+)/i.exec(line.text);
    if (profile) {
      handle = profile[1];
      url = `https://www.linkedin.com/in/${handle}`;
      continue;
    }
    const site = /^((https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?)(\s*\(.*\))?$/i.exec(line.text);
    if (site) sites.push(site[2] ? site[1] : `https://${site[1]}`);
  }
  return { url, handle, sites };
}

/** Name (the largest line), headline (the lines after it) and location (the last one, left out). */
function identity(top: PdfLine[]): { name?: string; headline?: string } {
  if (top.length === 0) return {};
  const largest = top.reduce((best, line) => (line.size > best.size ? line : best));
  const after = top.slice(top.indexOf(largest) + 1);
  const headlineLines = after.length >= 2 ? after.slice(0, -1) : after;
  return { name: largest.text, headline: headlineLines.map((line) => line.text).join(' ') || undefined };
}

export async function parseLinkedInPdf(bytes: Uint8Array, fileName: string, maxPages: number): Promise<ImportResult> {
  const state = newParseState();
  const lines = (await readPdfLines(bytes, fileName, maxPages, state.warnings)).filter((line) => !FOOTER.test(line.text));
  const bodySize = median(lines.map((line) => line.size));
  const isLeft = (line: PdfLine) => line.x < line.pageWidth * 0.3;
  const left = splitColumn(lines.filter(isLeft), bodySize);
  const main = splitColumn(lines.filter((line) => !isLeft(line)), bodySize);
  if (main.sections.size === 0 && left.sections.size === 0) {
    throw new ImportError('unprocessable', `${fileName} does not look like LinkedIn's "Save to PDF" profile: it has none of its section headings (Summary, Experience, Education...).`);
  }
  const { name, headline } = identity(main.top);
  const contact = contactLinks(left.sections.get('contact') ?? []);
  const section = (key: string) => [...(main.sections.get(key) ?? []), ...(left.sections.get(key) ?? [])];
  const parts = [
    section('summary').length > 0 ? prose(section('summary')) : undefined,
    ...SECTION_TITLES.map(([key, title]) => (section(key).length > 0 ? `${title}:\n${entries(section(key))}` : undefined)),
    section('skills').length > 0 ? `Skills: ${section('skills').map((line) => line.text).join(', ')}` : undefined,
    section('languages').length > 0 ? `Languages: ${section('languages').map((line) => line.text).join(', ')}` : undefined,
    contact.sites.length > 0 ? `Websites: ${contact.sites.join(' ')}` : undefined,
  ];
  return buildResult(
    'linkedin-pdf',
    { platform: 'linkedin', handle: contact.handle, url: contact.url, displayName: name, headline, about: parts.filter(Boolean).join('\n\n') },
    state,
    [fileName],
  );
}

import type { Readable } from 'node:stream';
import { convert } from 'html-to-text';
import { readCsvRecords } from '../archive/csv';
import { decoded, entryOpener, readCsvText } from '../archive/entries';
import type { ZipArchive } from '../archive/zip';
import { PostCollector } from '../posts';
import { buildResult, newParseState, type ParseState } from '../result';
import { cleanText } from '../text/clean';
import { fromSpacedUtc } from '../text/dates';
import type { ImportResult } from '../types';

/**
 * LinkedIn's "Get a copy of your data" archive: CSV files at the root of the ZIP. Only the columns
 * listed here are read, by header name; Profile.csv's Address, Birth Date, Maiden Name, Zip Code,
 * Geo Location and messenger columns, and every other file (messages, connections, invitations,
 * searches, ad targeting, phone numbers, e-mail addresses, IP logs...) are never read.
 */
export const LINKEDIN_ANCHOR = 'Profile.csv';

const PROFILE_COLUMNS = ['First Name', 'Last Name', 'Headline', 'Summary', 'Websites'];
const POSITION_COLUMNS = ['Company Name', 'Title', 'Description', 'Started On', 'Finished On'];
const EDUCATION_COLUMNS = ['School Name', 'Start Date', 'End Date', 'Degree Name'];
const SKILL_COLUMNS = ['Name'];
const CERTIFICATION_COLUMNS = ['Name', 'Authority', 'Started On'];
const SHARE_COLUMNS = ['Date', 'ShareCommentary', 'SharedUrl', 'Visibility'];
const SHARES_FILE = /^Shares(_\d+)?\.csv$/;
const ARTICLE_FILE = /^Articles\/Articles\/[^/]+\.html?$/;
/** Articles carry no date; this many, in name order, at most. */
const MAX_ARTICLES = 20;
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

type Row = Record<string, string>;

async function rowsOf(archive: ZipArchive, name: string, columns: readonly string[], required: readonly string[], state: ParseState): Promise<Row[]> {
  if (!archive.has(name)) return [];
  return readCsvText(entryOpener(archive, name), name, state.warnings, async (text) => {
    const rows: Row[] = [];
    for await (const row of readCsvRecords(text, name, columns, required)) rows.push(row);
    return rows;
  });
}

function joinPresent(parts: (string | undefined)[], separator: string): string | undefined {
  const present = parts.map((part) => cleanText(part)).filter((part): part is string => part !== undefined);
  return present.length > 0 ? present.join(separator) : undefined;
}

function period(start: string | undefined, end: string | undefined): string | undefined {
  const from = cleanText(start);
  if (from === undefined) return cleanText(end);
  return `${from} – ${cleanText(end) ?? 'present'}`;
}

/** "[PORTFOLIO:https://...],[BLOG:https://...]" to the addresses. */
function websites(value: string | undefined): string[] {
  return (value ?? '').split(/[[\],]/).map((part) => part.replace(/^[A-Z_ ]+:/, '').trim()).filter((part) => /^https?:\/\//i.test(part));
}

function experienceLines(rows: Row[]): string[] {
  return rows.map((row) => {
    const heading = joinPresent([row['Title'], row['Company Name']], ' · ');
    const when = period(row['Started On'], row['Finished On']);
    return joinPresent([joinPresent([heading, when ? `(${when})` : undefined], ' '), cleanText(row['Description'])], '. ') ?? '';
  });
}

function educationLines(rows: Row[]): string[] {
  return rows.map((row) => {
    const when = period(row['Start Date'], row['End Date']);
    return joinPresent([joinPresent([row['Degree Name'], row['School Name']], ', '), when ? `(${when})` : undefined], ' ') ?? '';
  });
}

function section(title: string, lines: string[]): string | undefined {
  const present = lines.filter((line) => line.length > 0);
  return present.length > 0 ? `${title}:\n${present.map((line) => `- ${line}`).join('\n')}` : undefined;
}

/** The about text: the summary, then experience, education, skills, certifications and websites. */
async function aboutText(archive: ZipArchive, profile: Row, state: ParseState): Promise<string | undefined> {
  const positions = await rowsOf(archive, 'Positions.csv', POSITION_COLUMNS, ['Company Name', 'Title'], state);
  const education = await rowsOf(archive, 'Education.csv', EDUCATION_COLUMNS, ['School Name'], state);
  const skills = (await rowsOf(archive, 'Skills.csv', SKILL_COLUMNS, ['Name'], state)).map((row) => cleanText(row['Name'])).filter(Boolean);
  const certifications = (await rowsOf(archive, 'Certifications.csv', CERTIFICATION_COLUMNS, ['Name'], state)).map(
    (row) => joinPresent([row['Name'], joinPresent([row['Authority'], row['Started On']], ', ')], ' — ') ?? '',
  );
  const sites = websites(profile['Websites']);
  return joinPresent(
    [
      profile['Summary'],
      section('Experience', experienceLines(positions)),
      section('Education', educationLines(education)),
      skills.length > 0 ? `Skills: ${skills.join(', ')}` : undefined,
      section('Certifications', certifications),
      sites.length > 0 ? `Websites: ${sites.join(' ')}` : undefined,
    ],
    '\n\n',
  );
}

async function collectShares(archive: ZipArchive, name: string, state: ParseState): Promise<void> {
  const posts = await readCsvText(entryOpener(archive, name), name, state.warnings, async (text) => {
    const collector = new PostCollector(state.warnings);
    for await (const row of readCsvRecords(text, name, SHARE_COLUMNS, ['Date', 'ShareCommentary'])) {
      if (/CONNECTION/i.test(row['Visibility'] ?? '')) {
        collector.skip('not-public', 'shared with connections only, not public');
        continue;
      }
      const commentary = cleanText(row['ShareCommentary']);
      if (commentary === undefined) {
        collector.skip('no-text', 'a reshare without words of their own');
        continue;
      }
      const shared = cleanText(row['SharedUrl']);
      collector.add({ text: shared && !commentary.includes(shared) ? `${commentary}\n${shared}` : commentary, postedAt: fromSpacedUtc(row['Date']) });
    }
    return collector;
  });
  state.posts.absorb(posts);
}

async function collectArticles(archive: ZipArchive, names: string[], state: ParseState): Promise<void> {
  for (const [index, name] of names.entries()) {
    if (index >= MAX_ARTICLES) {
      state.posts.skip('too-many-articles', `only the first ${MAX_ARTICLES} articles are read`);
      continue;
    }
    const html = await readAll(decoded(await archive.openEntry(name), name, 'utf-8'), MAX_ARTICLE_BYTES);
    const text = cleanText(
      html === undefined ? undefined : convert(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }, { selector: 'h1', options: { uppercase: false } }] }),
    );
    if (text === undefined) state.posts.skip('no-text', html === undefined ? 'an article too large to read' : 'an article without text');
    else state.posts.add({ text });
  }
}

/** A small text entry as one string, or undefined past `max` characters. */
async function readAll(text: Readable, max: number): Promise<string | undefined> {
  let result = '';
  for await (const chunk of text) {
    result += String(chunk);
    if (result.length > max) {
      text.destroy();
      return undefined;
    }
  }
  return result;
}

export async function parseLinkedInExport(archive: ZipArchive, prefix: string): Promise<ImportResult> {
  const state = newParseState();
  const scoped = archive.scoped(prefix);
  const [profile = {}] = await rowsOf(scoped, LINKEDIN_ANCHOR, PROFILE_COLUMNS, ['First Name', 'Last Name', 'Headline'], state);
  const about = await aboutText(scoped, profile, state);
  for (const name of scoped.names.filter((entry) => SHARES_FILE.test(entry)).sort()) await collectShares(scoped, name, state);
  await collectArticles(scoped, scoped.names.filter((entry) => ARTICLE_FILE.test(entry)).sort(), state);
  return buildResult(
    'linkedin-export',
    { platform: 'linkedin', displayName: joinPresent([profile['First Name'], profile['Last Name']], ' '), headline: profile['Headline'], about },
    state,
    archive.filesRead,
  );
}

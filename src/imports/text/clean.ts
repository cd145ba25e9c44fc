import { TextDecoder } from 'node:util';

/**
 * Text as it goes into a source: other people's handles replaced by `@user`, line endings
 * normalised, fields cut to the audit contract's limits (with a warning, never silently).
 */

const HANDLE_CHAR = /[A-Za-z0-9_.]/;
const BEFORE_MENTION = /[A-Za-z0-9_.@+\-]/;
const MAX_HANDLE = 30;

/**
 * Replaces `@someone` by `@user` so that no other person's handle is kept; the candidate's own
 * handle stays. `name@example.com` is not a mention. One pass, linear in the text.
 */
export function anonymizeMentions(text: string, ownHandle?: string): string {
  if (!text.includes('@')) return text;
  const own = ownHandle?.replace(/^@/, '').toLowerCase();
  let result = '';
  let copiedUpTo = 0;
  for (let index = text.indexOf('@'); index !== -1; index = text.indexOf('@', index + 1)) {
    if (index > 0 && BEFORE_MENTION.test(text[index - 1])) continue;
    let end = index + 1;
    while (end < text.length && end - index - 1 < MAX_HANDLE && HANDLE_CHAR.test(text[end])) end += 1;
    while (end > index + 1 && text[end - 1] === '.') end -= 1;
    if (end === index + 1) continue;
    const handle = text.slice(index + 1, end);
    if (own !== undefined && handle.toLowerCase() === own) continue;
    result += `${text.slice(copiedUpTo, index)}@user`;
    copiedUpTo = end;
    index = end - 1;
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

/**
 * Control characters other than tab and line feed (NUL among them: Postgres refuses it), and UTF-16
 * surrogates without their other half (a cut emoji: not Unicode text). POST /audits refuses both, so
 * an import must never hand them on; CR is turned into a line feed before this runs.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Normalises line endings, drops characters no audit takes (above), trims; undefined for text with nothing left. */
export function cleanText(text: string | undefined | null): string | undefined {
  if (typeof text !== 'string') return undefined;
  const cleaned = text.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARACTERS, '').trim();
  return cleaned.length > 0 ? cleaned : undefined;
}

/**
 * Meta's downloads (Facebook, Instagram) write each UTF-8 byte of non-ASCII text as its own
 * `\u00XX` escape, so "é" arrives as "Ã©". Reads such a string's code units as bytes and decodes
 * them as UTF-8; a string that is not of that kind is returned unchanged.
 */
export function repairMetaText(text: string): string {
  let sawHighByte = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0xff) return text;
    if (code >= 0x80) sawHighByte = true;
  }
  if (!sawHighByte) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

/** Cuts `text` to `max` characters at a word boundary when there is one near, and says so. */
export function fitText(text: string, max: number, label: string, warnings: string[]): string {
  if (text.length <= max) return text;
  let cut = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max * 0.9) cut = space;
  // Never split a surrogate pair.
  if (cut > 0 && text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff) cut -= 1;
  warnings.push(`${label} was longer than ${max} characters and was shortened; check its end in the preview.`);
  return text.slice(0, cut).trimEnd();
}

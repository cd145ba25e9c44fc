/** Whole postal addresses in a field, grown from personal-data hits or from an address word ("Jl.", "RT 04"): for the recruiter summary's redaction. */
import type { ProfileField } from '../profile/fields';
import { isWrittenAs, startsWithCapital } from '../text/case';
import type { Span, Token } from '../text/types';
import addressLexicon from './lexicon/address-parts.json';

const ADDRESS_STARTS: ReadonlySet<string> = new Set(addressLexicon.entries.starts);
const ADDRESS_PARTS: ReadonlySet<string> = new Set([...addressLexicon.entries.starts, ...addressLexicon.entries.continues]);
const ADDRESS_PUNCTUATION = new Set([',', '.', '/', '-', '(', ')', ':']);
/** Capitalised words in a row an address may hold (a street or place name); longer is a sentence. */
const MAX_NAME_WORDS = 4;

function writtenLower(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

/** Longest address word, and the letters they start with: most tokens are ruled out without a slice per token. */
const ADDRESS_MAX_LENGTH = Math.max(...[...ADDRESS_PARTS].map((word) => word.length));
const ADDRESS_FIRST_CHARS: ReadonlySet<string> = new Set([...ADDRESS_PARTS].map((word) => word[0]));

/** The token, written in lower case, is one of `words` (a subset of ADDRESS_PARTS); lower case never shortens a word. */
function isAddressWord(words: ReadonlySet<string>, text: string, token: Token): boolean {
  if (token.end - token.start > ADDRESS_MAX_LENGTH || !ADDRESS_FIRST_CHARS.has(lowerFirstChar(text, token.start))) return false;
  // Most words are written as their norm: then the norm is the lower-case text, with no slice.
  return words.has(isWrittenAs(text, token.start, token.end, token.norm) ? token.norm : writtenLower(text, token));
}

const ASCII_LOWER: readonly string[] = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code).toLowerCase());

/** text.charAt(at).toLowerCase(), read from a table for ASCII. */
function lowerFirstChar(text: string, at: number): string {
  const code = text.charCodeAt(at);
  return code < 0x80 ? ASCII_LOWER[code] : text.charAt(at).toLowerCase();
}

/** End of the address that continues at token `from`: parts, place names, numbers and the punctuation between them. */
function addressEnd(text: string, tokens: readonly Token[], from: number, end: number): number {
  let names = 0;
  let last = end;
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index];
    // A full stop ends the address unless it abbreviates an address word ("Kel.", "No.").
    if (token.norm === '.' && !(index > 0 && isAddressWord(ADDRESS_PARTS, text, tokens[index - 1]))) break;
    if (token.kind === 'punct' && ADDRESS_PUNCTUATION.has(token.norm)) continue;
    if (token.kind === 'number' || isAddressWord(ADDRESS_PARTS, text, token)) names = 0;
    else if (token.kind === 'word' && startsWithCapital(text, token.start) && names < MAX_NAME_WORDS) names += 1;
    else break;
    last = token.end;
  }
  return last;
}

/**
 * Whole addresses: from a personal-data hit, or from an address word followed by a name or number
 * ("Kel. Sukamaju", "RT 04"), on through every following part (Kec., city, postal code).
 */
export function addressSpans(field: ProfileField, hits: readonly Span[]): Span[] {
  const text = field.text.original;
  const tokens = field.text.tokens;
  const spans: Span[] = [];
  let hit = 0;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    while (hit < sorted.length && sorted[hit].end <= token.start) hit += 1;
    const insideHit = hit < sorted.length && sorted[hit].start <= token.start;
    const next = tokens[index + 1]?.norm === '.' ? tokens[index + 2] : tokens[index + 1];
    const starts = isAddressWord(ADDRESS_STARTS, text, token) && next !== undefined && (next.kind === 'number' || startsWithCapital(text, next.start));
    if (!insideHit && !starts) continue;
    const from = insideHit ? sorted[hit].start : token.start;
    let after = index + 1;
    const hitEnd = insideHit ? sorted[hit].end : token.end;
    while (after < tokens.length && tokens[after].start < hitEnd) after += 1;
    const end = addressEnd(text, tokens, after, hitEnd);
    spans.push({ start: from, end });
    while (index + 1 < tokens.length && tokens[index + 1].start < end) index += 1;
  }
  return spans;
}

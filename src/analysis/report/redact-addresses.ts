/** Whole postal addresses in a field, grown from personal-data hits or from an address word ("Jl.", "RT 04"): for the recruiter summary's redaction. */
import type { ProfileField } from '../profile/fields';
import { isWrittenAs, startsWithCapital } from '../text/case';
import { LexemeFacts } from '../text/lexeme';
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

/** Longest address word: longer tokens are ruled out without reading them. */
const ADDRESS_MAX_LENGTH = Math.max(...[...ADDRESS_PARTS].map((word) => word.length));

/**
 * A set of address words, with its membership kept on each lexeme: most tokens are written as their norm, and then one field read answers.
 * `firstCodes`: the ASCII codes, either case, an address word starts with; a token starting with another ASCII character is none.
 */
interface AddressWords {
  words: ReadonlySet<string>;
  holds: LexemeFacts<boolean>;
  firstCodes: Uint8Array;
}

function addressWords(words: ReadonlySet<string>): AddressWords {
  const firstCodes = new Uint8Array(0x80);
  for (const word of words) {
    firstCodes[word.charCodeAt(0)] = 1;
    firstCodes[word.toUpperCase().charCodeAt(0)] = 1;
  }
  return { words, holds: new LexemeFacts((norm) => words.has(norm)), firstCodes };
}

const STARTS = addressWords(ADDRESS_STARTS);
const PARTS = addressWords(ADDRESS_PARTS);

/** The token, written in lower case, is one of the address words; lower case never shortens a word. */
function isAddressWord(address: AddressWords, text: string, token: Token): boolean {
  if (token.end - token.start > ADDRESS_MAX_LENGTH) return false;
  // Both readings below ask whether the token in lower case is an address word: its first character decides most tokens.
  const first = text.charCodeAt(token.start);
  if (first < 0x80 && address.firstCodes[first] === 0) return false;
  return isWrittenAs(text, token.start, token.end, token.norm) ? address.holds.of(token.lexeme) : address.words.has(writtenLower(text, token));
}

/** End of the address that continues at token `from`: parts, place names, numbers and the punctuation between them. */
function addressEnd(text: string, tokens: readonly Token[], from: number, end: number): number {
  let names = 0;
  let last = end;
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index];
    // A full stop ends the address unless it abbreviates an address word ("Kel.", "No.").
    if (token.norm === '.' && !(index > 0 && isAddressWord(PARTS, text, tokens[index - 1]))) break;
    if (token.kind === 'punct' && ADDRESS_PUNCTUATION.has(token.norm)) continue;
    if (token.kind === 'number' || isAddressWord(PARTS, text, token)) names = 0;
    else if (token.kind === 'word' && startsWithCapital(text, token.start) && names < MAX_NAME_WORDS) names += 1;
    else break;
    last = token.end;
  }
  return last;
}

/** An address word followed by a name or number ("Kel. Sukamaju", "RT 04") starts an address. */
function startsAddress(text: string, tokens: readonly Token[], index: number): boolean {
  if (!isAddressWord(STARTS, text, tokens[index])) return false;
  const next = tokens[index + 1]?.norm === '.' ? tokens[index + 2] : tokens[index + 1];
  return next !== undefined && (next.kind === 'number' || startsWithCapital(text, next.start));
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
    if (!insideHit && !startsAddress(text, tokens, index)) continue;
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

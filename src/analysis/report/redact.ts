import type { ProfileAnalysis } from '../profile/analyze';
import { collapseSpaces, excerptBounds } from '../profile/evidence';
import type { ProfileField } from '../profile/fields';
import { isWrittenAs } from '../text/case';
import type { Span } from '../text/types';
import { startsWithCapital } from '../text/case';
import protectedLexicon from '../text/lexicons/protected.json';
import type { Token } from '../text/types';
import { isSlur } from '../risk/offensive';
import type { Evidence } from '../types';
import addressLexicon from './lexicon/address-parts.json';
import { attackedGroupLabels, insideSpansInOrder } from './redact-groups';
import { NAME_MARK, personNameSpans } from './redact-names';
import redactionLexicon from './lexicon/recruiter-redaction.json';

export const REDACTED = '[redacted]';
const ADDRESS_MARK = '[address]';
const IDENTIFYING_FIELDS: ReadonlySet<string> = new Set(['handle', 'url']);

/**
 * Words that name a protected characteristic on their own (the text layer's "strong" list). A recruiter never sees
 * them, not even inside an excerpt of someone else's hateful post: the flag message already says what it is.
 */
const PROTECTED_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(protectedLexicon.entries as Record<string, { strong?: string[] }>).flatMap((kind) => kind.strong ?? []),
  ...redactionLexicon.entries,
]);

/** PROTECTED_WORDS and their plurals: a norm of 4+ characters ending in 's' names the group its stem names. */
const PROTECTED_FORMS: ReadonlySet<string> = new Set([
  ...PROTECTED_WORDS,
  ...[...PROTECTED_WORDS].filter((word) => word.length >= 3).map((word) => `${word}s`),
]);

function namesProtectedGroup(token: Token): boolean {
  return PROTECTED_FORMS.has(token.norm);
}

const MIN_DIGITS_TO_REDACT = 7;

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

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

/**
 * Personal data hits (whole addresses), protected-characteristic spans and e-mail tokens of a field, merged.
 * With `groupsVisible` (a hate flag's excerpt) the name of a group someone attacks stays readable, so the
 * recruiter can judge the behaviour, a label opened by a group marker included ("orang yahudi, ..."); the
 * writer's own self-descriptions (protected spans in a first-person sentence) never do.
 */
function sensitiveSpans(field: ProfileField, groupsVisible = false): Span[] {
  const personal = field.risks.filter((hit) => hit.category === 'personal_data');
  const attacked = groupsVisible ? attackedGroupLabels(field) : [];
  const attackedSet = new Set(attacked);
  const inAttacked = insideSpansInOrder(attacked);
  return mergeSpans([
    ...personal,
    ...addressSpans(field, personal),
    ...field.text.protectedSpans.filter((span) => !attackedSet.has(span)),
    ...field.text.tokens.filter((token) => token.kind === 'email' || (token.protected && !inAttacked(token)) || (!groupsVisible && namesProtectedGroup(token))),
  ]);
}

/** "k*fir": a slur keeps its first and last letter so the recruiter knows which word, without reading it. */
function maskedSlur(word: string): string {
  const letters = [...word];
  return letters.length <= 2 ? '*'.repeat(letters.length) : letters[0] + '*'.repeat(letters.length - 2) + letters[letters.length - 1];
}

function hasDigit(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (isDigit(value[index])) return true;
  return false;
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function isNumberJoiner(char: string): boolean {
  return char === ' ' || char === '-' || char === '.' || char === '/' || char === '(' || char === ')' || char === '+';
}

/** Replaces runs of 7+ digits (phone, ID, account and card numbers, however punctuated). Linear scan. */
export function redactLongNumbers(value: string): string {
  if (!hasDigit(value)) return value;
  let result = '';
  let index = 0;
  while (index < value.length) {
    if (!isDigit(value[index]) && value[index] !== '+') {
      // Copies the whole run up to the next digit or '+' at once.
      let next = index + 1;
      while (next < value.length && !isDigit(value[next]) && value[next] !== '+') next += 1;
      result += value.slice(index, next);
      index = next;
      continue;
    }
    let end = index;
    let digits = 0;
    let lastDigitEnd = index;
    while (end < value.length && (isDigit(value[end]) || isNumberJoiner(value[end]))) {
      if (isDigit(value[end])) {
        digits += 1;
        lastDigitEnd = end + 1;
      }
      end += 1;
    }
    if (digits >= MIN_DIGITS_TO_REDACT) {
      result += REDACTED + value.slice(lastDigitEnd, end);
    } else {
      result += value.slice(index, end === index ? index + 1 : end);
    }
    index = end === index ? index + 1 : end;
  }
  return result;
}

/** Replaces '@' e-mail-like words ("name@host.tld") with the redaction mark. */
export function redactEmails(value: string): string {
  if (!value.includes('@')) return value;
  return value
    .split(' ')
    .map((word) => {
      const at = word.indexOf('@');
      return at > 0 && word.indexOf('.', at) > at + 1 ? REDACTED : word;
    })
    .join(' ');
}

export function scrub(value: string): string {
  return redactEmails(redactLongNumbers(value));
}

/**
 * What redactedExcerpt looks up for one analysis: its fields by source and name, and each field's
 * sensitive spans, each built once. Kept by the caller for one report, not in a module-level
 * WeakMap: entries of a WeakMap keep young objects alive through minor GCs (every audit's fields
 * got promoted to the old generation).
 */
export class ExcerptLookups {
  private fieldIndex: Map<string, ProfileField> | undefined;
  private readonly spansByField = new Map<ProfileField, Span[]>();
  private readonly groupSpansByField = new Map<ProfileField, Span[]>();
  private readonly addressesByField = new Map<ProfileField, Span[]>();
  private readonly slursByField = new Map<ProfileField, Token[]>();

  constructor(private readonly analysis: ProfileAnalysis) {}

  field(evidence: Evidence): ProfileField | undefined {
    this.fieldIndex ??= new Map(this.analysis.fields.map((field) => [`${field.source}:${field.field}`, field]));
    return this.fieldIndex.get(`${evidence.source}:${evidence.field}`);
  }

  sensitiveSpans(field: ProfileField, groupsVisible = false): Span[] {
    const cache = groupsVisible ? this.groupSpansByField : this.spansByField;
    let spans = cache.get(field);
    if (!spans) {
      spans = sensitiveSpans(field, groupsVisible);
      cache.set(field, spans);
    }
    return spans;
  }

  /** The whole addresses around the field's worded personal-data hits (markAddresses). */
  addresses(field: ProfileField): Span[] {
    let spans = this.addressesByField.get(field);
    if (!spans) {
      spans = wordyAddressSpans(field);
      this.addressesByField.set(field, spans);
    }
    return spans;
  }

  /** The field's slur tokens, in text order. */
  slurs(field: ProfileField): Token[] {
    let tokens = this.slursByField.get(field);
    if (!tokens) {
      tokens = field.text.tokens.filter((token) => isSlur(token.norm));
      this.slursByField.set(field, tokens);
    }
    return tokens;
  }
}

/**
 * The evidence excerpt as a recruiter may see it: personal data and protected characteristics replaced.
 * `lookups`: one ExcerptLookups for all the excerpts of one report.
 */
export function redactedExcerpt(lookups: ExcerptLookups, evidence: Evidence, hate = false, personalData = false): string {
  // A handle or link names the account itself: personal data however innocent it looks.
  if (IDENTIFYING_FIELDS.has(evidence.field)) return REDACTED;
  const field = lookups.field(evidence);
  if (!field) return scrub(evidence.excerpt);
  const bounds = excerptBounds(field.text, evidence.start, evidence.end);
  const spans: (Span & { text: string })[] = lookups
    .sensitiveSpans(field, hate)
    .filter((span) => span.start < bounds.end && span.end > bounds.start)
    .map((span) => ({ ...span, text: REDACTED }));
  // A slur is masked in every excerpt, not only a hate flag's: the sentence may hold another flag too.
  for (const token of lookups.slurs(field)) {
    if (token.start < bounds.start || token.end > bounds.end) continue;
    if (!spans.some((span) => span.start < token.end && span.end > token.start)) {
      spans.push({ start: token.start, end: token.end, text: maskedSlur(field.text.original.slice(token.start, token.end)) });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  // A post sharing someone's address or phone shares their name too: the recruiter sees neither.
  if (personalData) {
    markAddresses(lookups.addresses(field), spans);
    addNames(spans, personNameSpans(field, bounds.start, bounds.end));
  }
  let result = '';
  let cursor = bounds.start;
  for (const span of spans) {
    const start = Math.max(span.start, bounds.start);
    result += field.text.original.slice(cursor, start) + span.text;
    cursor = Math.min(span.end, bounds.end);
  }
  result += field.text.original.slice(cursor, bounds.end);
  return scrub(collapseSpaces(result));
}

function addNames(spans: (Span & { text: string })[], names: readonly Span[]): void {
  for (const name of names) {
    if (!spans.some((span) => span.start < name.end && span.end > name.start)) spans.push({ ...name, text: NAME_MARK });
  }
  spans.sort((a, b) => a.start - b.start);
}

/** "alamat [address], HP [redacted]": says what was hidden where a whole address was. */
function markAddresses(addresses: readonly Span[], spans: (Span & { text: string })[]): void {
  for (const span of spans) {
    if (span.text === REDACTED && addresses.some((address) => address.start < span.end && address.end > span.start)) span.text = ADDRESS_MARK;
  }
}

/** Addresses grown from the field's personal-data hits that hold words: numbers and e-mail addresses are the other personal data. */
function wordyAddressSpans(field: ProfileField): Span[] {
  const text = field.text.original;
  const wordy = field.risks.filter((hit) => hit.category === 'personal_data' && /\p{L}/u.test(text.slice(hit.start, hit.end)) && !text.slice(hit.start, hit.end).includes('@'));
  return addressSpans(field, wordy);
}

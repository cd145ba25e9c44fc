import type { ProfileAnalysis } from '../profile/analyze';
import { collapseSpaces, excerptBounds } from '../profile/evidence';
import type { ProfileField } from '../profile/fields';
import protectedLexicon from '../text/lexicons/protected.json';
import { LexemeFacts } from '../text/lexeme';
import type { Span, Token } from '../text/types';
import { isSlur } from '../risk/offensive';
import type { Evidence } from '../types';
import { addressSpans } from './redact-addresses';
import { attackedGroupLabels, insideSpansInOrder } from './redact-groups';
import { NAME_MARK, personNameSpans } from './redact-names';
import redactionLexicon from './lexicon/recruiter-redaction.json';
import { hasDigit, isDigitCode } from '../text/digits';

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

/** PROTECTED_FORMS membership and isSlur, kept on each token's lexeme: every token of a flagged field is asked. */
const NAMES_PROTECTED_GROUP = new LexemeFacts((norm) => PROTECTED_FORMS.has(norm));
const IS_SLUR = new LexemeFacts(isSlur);

function namesProtectedGroup(token: Token): boolean {
  return NAMES_PROTECTED_GROUP.of(token.lexeme);
}

const MIN_DIGITS_TO_REDACT = 7;

/** Sorts and merges overlapping spans, in place: `spans` are the caller's own copies. */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/**
 * Personal data hits (whole addresses), protected-characteristic spans and e-mail tokens of a field, merged.
 * With `groupsVisible` (a hate flag's excerpt) the name of a group someone attacks stays readable, so the
 * recruiter can judge the behaviour, a label opened by a group marker included ("orang yahudi, ..."); the
 * writer's own self-descriptions (protected spans in a first-person sentence) never do. Each is copied to a
 * plain { start, end }: hits, spans and tokens have different shapes, and the sort reads them all.
 */
function sensitiveSpans(field: ProfileField, personalAddresses: readonly Span[], groupsVisible: boolean): Span[] {
  const attacked = groupsVisible ? attackedGroupLabels(field) : [];
  const attackedSet = new Set(attacked);
  const inAttacked = insideSpansInOrder(attacked);
  const spans: Span[] = [];
  const add = (span: Span): void => {
    spans.push({ start: span.start, end: span.end });
  };
  for (const hit of field.risks) if (hit.category === 'personal_data') add(hit);
  for (const address of personalAddresses) add(address);
  for (const span of field.text.protectedSpans) if (!attackedSet.has(span)) add(span);
  for (const token of field.text.tokens) {
    if (token.kind === 'email' || (token.protected && !inAttacked(token)) || (!groupsVisible && namesProtectedGroup(token))) add(token);
  }
  return mergeSpans(spans);
}

/** "k*fir": a slur keeps its first and last letter so the recruiter knows which word, without reading it. */
function maskedSlur(word: string): string {
  const letters = [...word];
  return letters.length <= 2 ? '*'.repeat(letters.length) : letters[0] + '*'.repeat(letters.length - 2) + letters[letters.length - 1];
}

const PLUS = 0x2b;

/** Space - . / ( ) +, by char code: the scan reads codes, not one-character strings (a string comparison per character). */
function isNumberJoiner(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x28 || code === 0x29 || code === PLUS;
}

/** Replaces runs of 7+ digits (phone, ID, account and card numbers, however punctuated). Linear scan. */
export function redactLongNumbers(value: string): string {
  if (!hasDigit(value)) return value;
  let result = '';
  let index = 0;
  while (index < value.length) {
    if (!isDigitCode(value.charCodeAt(index)) && value.charCodeAt(index) !== PLUS) {
      // Copies the whole run up to the next digit or '+' at once.
      let next = index + 1;
      while (next < value.length && !isDigitCode(value.charCodeAt(next)) && value.charCodeAt(next) !== PLUS) next += 1;
      result += value.slice(index, next);
      index = next;
      continue;
    }
    let end = index;
    let digits = 0;
    let lastDigitEnd = index;
    while (end < value.length && (isDigitCode(value.charCodeAt(end)) || isNumberJoiner(value.charCodeAt(end)))) {
      if (isDigitCode(value.charCodeAt(end))) {
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
  /** Fields by source, then by field name: no key string is built per lookup. */
  private fieldIndex: Map<number, Map<string, ProfileField>> | undefined;
  private readonly spansByField = new Map<ProfileField, Span[]>();
  private readonly groupSpansByField = new Map<ProfileField, Span[]>();
  private readonly personalAddressesByField = new Map<ProfileField, Span[]>();
  private readonly wordyAddressesByField = new Map<ProfileField, Span[]>();
  private readonly slursByField = new Map<ProfileField, Token[]>();

  constructor(private readonly analysis: ProfileAnalysis) {}

  field(evidence: Evidence): ProfileField | undefined {
    this.fieldIndex ??= fieldsBySource(this.analysis.fields);
    return this.fieldIndex.get(evidence.source)?.get(evidence.field);
  }

  sensitiveSpans(field: ProfileField, groupsVisible = false): Span[] {
    const cache = groupsVisible ? this.groupSpansByField : this.spansByField;
    return cached(cache, field, () => sensitiveSpans(field, this.personalAddresses(field), groupsVisible));
  }

  /** The whole addresses around the field's worded personal-data hits (markAddresses). */
  addresses(field: ProfileField): Span[] {
    return cached(this.wordyAddressesByField, field, () => {
      const personal = personalHits(field);
      const wordy = personal.filter((hit) => isWordy(field.text.original.slice(hit.start, hit.end)));
      // Usually every personal-data hit holds words: then these are the addresses sensitiveSpans grew.
      return wordy.length === personal.length ? this.personalAddresses(field) : addressSpans(field, wordy);
    });
  }

  /** The field's slur tokens, in text order. */
  slurs(field: ProfileField): Token[] {
    return cached(this.slursByField, field, () => field.text.tokens.filter((token) => IS_SLUR.of(token.lexeme)));
  }

  private personalAddresses(field: ProfileField): Span[] {
    return cached(this.personalAddressesByField, field, () => addressSpans(field, personalHits(field)));
  }
}

function fieldsBySource(fields: readonly ProfileField[]): Map<number, Map<string, ProfileField>> {
  const index = new Map<number, Map<string, ProfileField>>();
  for (const field of fields) {
    let byName = index.get(field.source);
    if (byName === undefined) index.set(field.source, (byName = new Map()));
    byName.set(field.field, field);
  }
  return index;
}

function cached<T>(cache: Map<ProfileField, T>, field: ProfileField, build: () => T): T {
  let value = cache.get(field);
  if (value === undefined) {
    value = build();
    cache.set(field, value);
  }
  return value;
}

function personalHits(field: ProfileField): Span[] {
  return field.risks.filter((hit) => hit.category === 'personal_data');
}

/** Numbers and e-mail addresses are the other personal data; an address hit holds words. */
function isWordy(passage: string): boolean {
  return /\p{L}/u.test(passage) && !passage.includes('@');
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
    .map((span) => ({ start: span.start, end: span.end, text: REDACTED }));
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
    if (!spans.some((span) => span.start < name.end && span.end > name.start)) spans.push({ start: name.start, end: name.end, text: NAME_MARK });
  }
  spans.sort((a, b) => a.start - b.start);
}

/** "alamat [address], HP [redacted]": says what was hidden where a whole address was. */
function markAddresses(addresses: readonly Span[], spans: (Span & { text: string })[]): void {
  for (const span of spans) {
    if (span.text === REDACTED && addresses.some((address) => address.start < span.end && address.end > span.start)) span.text = ADDRESS_MARK;
  }
}

import type { Span, Token } from '../text/types';
import type { FlagCategory } from '../types';
import type { Claim } from './claims';
import { cueSet } from './cues';
import { contentFields, cuesOf, type ProfileField } from './fields';
import { PhraseMatcher, tokenKeys } from './phrase-matcher';
import lexicon from './lexicon/achievements.json';
import { isHardSelling } from './tone';
import { digitCount, isDigit } from '../text/digits';

/** A number with what it counts, or a result told in words ("by half"), in the candidate's own statement. */
export interface Achievement extends Span {
  field: ProfileField;
  sentence: Span;
  /** An academic grade (GPA 3.7, IPK 3,41): evidence of study, not a result of work. */
  academic: boolean;
}

/** A result of work: every achievement but an academic grade. */
export function isWorkResult(achievement: Achievement): boolean {
  return !achievement.academic;
}

type Kind = 'outcome' | 'unitless' | 'approximator' | 'rate';

const MATCHER = buildMatcher();
const QUANTITY_UNITS = cueSet('quantityUnits');
const RANGE_WORDS: ReadonlySet<string> = new Set(lexicon.entries.rangeWords);
const MEASURE_NOUNS: ReadonlySet<string> = new Set(lexicon.entries.measureNouns);
const NOT_COUNTS: ReadonlySet<string> = new Set(lexicon.entries.notCounts);
const GRADE_NOUNS: ReadonlySet<string> = new Set(lexicon.entries.gradeNouns);
const MEASURE_UNITS: ReadonlySet<string> = new Set(lexicon.entries.measureUnits);
/** Describing words that may stand between a number and what it counts ("1,200 first-year computer science undergraduate students"). */
const MAX_DESCRIBING = 5;
const RATIO_UNITS = new Set(['%', 'persen', 'percent', 'pct', 'x', 'kali']);
const UNIT_SUFFIXES = ['%', 'x', 'k', 'm', 'jt', 'rb', 'bn'];
const CURRENCIES = new Set(['rp', '$', 'usd', 'idr', 'sgd', 'eur']);
const EXCLUDED_NUMBER_CATEGORIES: ReadonlySet<FlagCategory> = new Set(['scam', 'gambling', 'personal_data']);
/** A run of this many digits or more is an identifier (phone, account, NIK), never a count. */
const IDENTIFIER_DIGITS = 8;
/** Characters between the number a range starts from and the one it ends at ("9 of 12", "40 jadi 12"). */
const RANGE_GAP = 24;

function buildMatcher(): PhraseMatcher<Kind> {
  const matcher = new PhraseMatcher<Kind>();
  const lists: [Kind, readonly string[]][] = [
    ['rate', lexicon.entries.rateWords],
    ['approximator', lexicon.entries.approximators],
    ['outcome', lexicon.entries.outcomeCues],
    ['unitless', lexicon.entries.unitlessResults],
  ];
  for (const [kind, phrases] of lists) for (const phrase of phrases) matcher.add(phrase.toLowerCase(), kind);
  return matcher;
}

export function sentenceOf(field: ProfileField, position: number): Span {
  const sentences = field.text.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end <= position) low = middle + 1;
    else if (sentences[middle].start > position) high = middle - 1;
    else return sentences[middle];
  }
  return { start: 0, end: field.text.original.length };
}

function isNumeric(token: Token): boolean {
  return (token.kind === 'number' || token.kind === 'word') && isDigit(token.norm[0]);
}

function isCalendarYear(norm: string): boolean {
  return norm.length === 4 && Number(norm) >= 1950 && Number(norm) <= 2100;
}

/** The word right before `index`, across the stop of an abbreviation ("No. 5") but not a comma. */
function previousWord(tokens: readonly Token[], index: number): Token | undefined {
  const before = tokens[index - 1];
  if (before?.kind === 'punct' && before.norm === '.') return tokens[index - 2];
  return before?.kind === 'punct' ? undefined : before;
}

function nextWord(tokens: readonly Token[], index: number): Token | undefined {
  for (let k = index + 1; k <= Math.min(tokens.length - 1, index + 2); k += 1) if (tokens[k].kind !== 'punct' || tokens[k].norm === '%') return tokens[k];
  return undefined;
}

/** A date, an age, a clock time or an address number rather than a count. */
function isNotCount(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (isCalendarYear(token.norm) || digitCount(token.norm) >= IDENTIFIER_DIGITS) return true;
  const before = previousWord(tokens, index);
  const after = nextWord(tokens, index);
  return (after !== undefined && NOT_COUNTS.has(after.norm)) || (before !== undefined && NOT_COUNTS.has(before.norm) && !CURRENCIES.has(before.norm));
}

/** Number forms that are results on their own: 18%, 3.5x, 1.2k, Rp 2,1 miliar, 140+, 40-an, 12 stores. */
/**
 * A word that says what a number counts. An acronym in capitals keeps its own meaning: "SMP",
 * "SMA" are school levels even though slang "smp", "sma" fold to "sampai", "sama".
 */
function isUnit(token: Token | undefined, original: string): boolean {
  if (token === undefined) return false;
  if (QUANTITY_UNITS.has(token.norm)) return true;
  const written = original.slice(token.start, token.end);
  return written.length >= 2 && written === written.toUpperCase() && QUANTITY_UNITS.has(written.toLowerCase());
}

function isStrongNumber(tokens: readonly Token[], index: number, original: string): boolean {
  const token = tokens[index];
  const norm = token.norm;
  if (norm.endsWith('-an')) return true;
  if (!/^[0-9.,]+$/.test(norm) && UNIT_SUFFIXES.some((unit) => norm.endsWith(unit))) return true;
  const next = tokens[index + 1];
  if (next && (next.norm === '+' || RATIO_UNITS.has(next.norm) || isUnit(next, original))) return true;
  if (countedAfterDescribing(tokens, index, original) !== -1) return true;
  const before = previousWord(tokens, index);
  return before !== undefined && (CURRENCIES.has(before.norm) || MEASURE_NOUNS.has(before.norm));
}

/**
 * The index of what a number counts when describing words stand between them ("14 peer-reviewed
 * papers", "35 contract staff", "18,000 Javanese and Sundanese forum comments"), or -1.
 */
function countedAfterDescribing(tokens: readonly Token[], index: number, original: string): number {
  for (let k = index + 2; k < tokens.length && k <= index + 1 + MAX_DESCRIBING; k += 1) {
    const token = tokens[k];
    if (token.kind !== 'word' || RANGE_WORDS.has(token.norm) || NOT_COUNTS.has(token.norm)) return -1;
    if (isUnit(token, original)) return MEASURE_UNITS.has(token.norm) ? -1 : k;
  }
  return -1;
}

/** "from 9 days to 4", "dari 40 jadi 12", "9 of 12", "3 dari 4": two numbers joined by a range word. */
function inRange(tokens: readonly Token[], index: number, sentence: Span): boolean {
  for (let k = index + 1; k < Math.min(tokens.length, index + 5) && tokens[k].start < sentence.end; k += 1) {
    if (RANGE_WORDS.has(tokens[k].norm)) return tokens.slice(k + 1, k + 4).some((t) => isNumeric(t) && t.start < sentence.end);
  }
  return false;
}

/** Where a rate word would start right after the counted thing ("30 unit per bulan", "5,000 orders per minute"). */
function rateAfter(tokens: readonly Token[], index: number, end: number): number {
  for (let k = index + 1; k < Math.min(tokens.length, index + 4); k += 1) if (tokens[k].start >= end) return tokens[k].start;
  return -1;
}

interface SentenceCues {
  outcome: ReadonlySet<number>;
  approximated: ReadonlySet<number>;
  rated: ReadonlySet<number>;
  unitless: readonly { start: number; end: number }[];
}

/** Shared by the fields without a cue (most of them). */
const NO_CUES: SentenceCues = { outcome: new Set(), approximated: new Set(), rated: new Set(), unitless: [] };

function sentenceCues(field: ProfileField, tokens: readonly Token[]): SentenceCues {
  const matches = MATCHER.findAll(tokens, field.keys ?? tokenKeys(tokens));
  if (matches.length === 0) return NO_CUES;
  const cues = { outcome: new Set<number>(), approximated: new Set<number>(), rated: new Set<number>(), unitless: [] as { start: number; end: number }[] };
  for (const match of matches) {
    const sentence = sentenceOf(field, match.start).start;
    if (match.value === 'outcome') cues.outcome.add(sentence);
    else if (match.value === 'unitless') cues.unitless.push({ start: match.start, end: match.end });
    else if (match.value === 'approximator') cues.approximated.add(match.end);
    else cues.rated.add(match.start);
  }
  return cues;
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && span.end > start);
}

/** End of the achievement: the number and the word it counts ("48,000 copies"), when there is one. */
function spanEnd(tokens: readonly Token[], index: number, sentence: Span, original: string): number {
  const next = tokens[index + 1];
  if (next?.norm === '%' && next.start === tokens[index].end) return next.end;
  const described = next?.kind === 'word' && !isUnit(next, original) ? countedAfterDescribing(tokens, index, original) : -1;
  const counted = described !== -1 ? tokens[described] : next?.norm === '+' ? tokens[index + 2] : next;
  return counted && counted.kind !== 'punct' && counted.end <= sentence.end ? counted.end : tokens[index].end;
}

function fieldAchievements(field: ProfileField, excluded: readonly Span[]): Achievement[] {
  const tokens = field.text.scoringTokens;
  const cues = sentenceCues(field, tokens);
  const found: Achievement[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!isNumeric(token) || isNotCount(tokens, index)) continue;
    const sentence = sentenceOf(field, token.start);
    const end = spanEnd(tokens, index, sentence, field.text.original);
    if (overlapsAny(excluded, token.start, end)) continue;
    const approximated = index > 0 && cues.approximated.has(tokens[index - 1].end);
    const rated = cues.rated.has(rateAfter(tokens, index, end));
    const last = found[found.length - 1];
    if (last && last.sentence.start === sentence.start && RANGE_WORDS.has(tokens[index - 1]?.norm ?? '') && token.start - last.end < RANGE_GAP) {
      // "from 10 days to 4": the end of a range belongs to the result it closes.
      last.end = end;
      continue;
    }
    const counted = isStrongNumber(tokens, index, field.text.original) || approximated || rated || inRange(tokens, index, sentence);
    if (!counted && !cues.outcome.has(sentence.start)) continue;
    const before = previousWord(tokens, index);
    const academic = before !== undefined && GRADE_NOUNS.has(before.norm);
    found.push({ field, start: token.start, end, sentence, academic });
  }
  for (const span of cues.unitless) {
    if (!overlapsAny(excluded, span.start, span.end)) found.push({ field, start: span.start, end: span.end, sentence: sentenceOf(field, span.start), academic: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findAchievements(fields: readonly ProfileField[], claims: readonly Claim[]): Achievement[] {
  const achievements: Achievement[] = [];
  const yearSpans = yearClaimsByField(claims);
  for (const field of contentFields(fields)) {
    // Prices and discounts are not achievements: a sales post is skipped whole, and in a headline or
    // about (the person's own record) only the selling sentences.
    const selling = isHardSelling(field);
    if (field.kind === 'post' && selling) continue;
    achievements.push(...fieldAchievements(field, excludedSpans(field, selling, yearSpans.get(field))));
  }
  return achievements;
}

/** Where a number is not an achievement: selling sentences, scam, gambling and personal-data hits, stated years. */
function excludedSpans(field: ProfileField, selling: boolean, years: readonly Span[] = []): Span[] {
  const excluded: Span[] = [];
  if (selling) for (const cue of cuesOf(field, 'promoCues')) excluded.push(sentenceOf(field, cue.start));
  for (const hit of field.risks) if (EXCLUDED_NUMBER_CATEGORIES.has(hit.category)) excluded.push(hit);
  for (const span of years) excluded.push(span);
  return excluded;
}

/** The years and graduation-year claims of each field: their numbers are not counts. */
function yearClaimsByField(claims: readonly Claim[]): Map<ProfileField, Claim[]> {
  const byField = new Map<ProfileField, Claim[]>();
  for (const claim of claims) {
    if (claim.kind !== 'years' && claim.kind !== 'graduationYear') continue;
    const list = byField.get(claim.field);
    if (list) list.push(claim);
    else byField.set(claim.field, [claim]);
  }
  return byField;
}

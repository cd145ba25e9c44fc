import { inferRole, type RoleReading, type RoleText } from '../reading';
import type { RiskContext, TextRead } from '../risk';
import type { RiskHit } from '../risk/types';
import type { SentimentResult } from '../sentiment/types';
import { LexemeFacts } from '../text/lexeme';
import type { AnalyzedText, FieldRef, Token } from '../text/types';
import type { Platform, Post, Profile } from '../types';
import { emptyList } from './empty-list';
import { cueSet, findCues, tokenSurface, writtenKeys, type CueList, type CueMatch } from './cues';
import { tokenKeys } from './phrase-matcher';
import { findTaxonomyMentions, type TaxonomyMention } from './taxonomy';

export type FieldKind = 'handle' | 'displayName' | 'headline' | 'about' | 'post';

/** The three analyzers the profile layer builds on (text layer, risk detectors, sentiment). */
export interface TextAnalyzers {
  analyzeText(original: string, ref: FieldRef): AnalyzedText;
  detectRisks(text: AnalyzedText, context: RiskContext): RiskHit[];
  /** The reading pass of one text (units, frames, quotes), computed once and shared by every analyzer. */
  readText(text: AnalyzedText): TextRead;
  scoreSentiment(text: AnalyzedText): SentimentResult;
}

/** One analysed text field of one source, with every feature the scorers read. */
export interface ProfileField {
  source: number;
  platform: Platform;
  field: string;
  kind: FieldKind;
  post?: Post;
  text: AnalyzedText;
  /** The reading of this text (frames per clause, quotes), shared by the risk detectors and the tone scorers. */
  read?: TextRead;
  /** Scoring word tokens (protected spans already removed by the text layer). */
  words: Token[];
  informal: Token[];
  shouted: Token[];
  emojiCount: number;
  exclamationCount: number;
  exclamationRuns: number;
  mentions: TaxonomyMention[];
  cues: CueMatch[];
  /** tokenKeys(text.scoringTokens), kept for the phrase matchers run later (absent on handles and display names). */
  keys?: readonly (string | undefined)[];
  /** writtenKeys(text.original, text.scoringTokens), read by the informal words and the credentials (absent on handles and display names). */
  writtenKeys?: readonly (string | undefined)[];
  risks: RiskHit[];
  sentiment?: SentimentResult;
}

const INFORMAL_WORDS = cueSet('informalWords');
/** INFORMAL_WORDS membership kept on the lexeme: most words are written as their norm, so this is the usual question. */
const IS_INFORMAL_WORD = new LexemeFacts((norm) => INFORMAL_WORDS.has(norm));
const ACRONYMS = cueSet('acronyms');
const NO_STARTS: ReadonlySet<number> = new Set();

interface PendingField {
  source: number;
  platform: Platform;
  kind: FieldKind;
  field: string;
  text: AnalyzedText;
  read: TextRead;
  post?: Post;
}

const ROLE_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['headline', 'displayName', 'about']);

export function analyzeProfileFields(profile: Profile, analyzers: TextAnalyzers): ProfileField[] {
  return readProfileFields(profile, analyzers).fields;
}

/** Every field's text and reading, then the role from headlines and about texts, then the rest: one reading per text. */
export function readProfileFields(profile: Profile, analyzers: TextAnalyzers): { fields: ProfileField[]; role?: RoleReading } {
  const pending: PendingField[] = [];
  profile.sources.forEach((source, sourceIndex) => {
    const add = (kind: FieldKind, field: string, value: string | undefined, post?: Post): void => {
      if (value === undefined || value.length === 0) return;
      const text = analyzers.analyzeText(value, { source: sourceIndex, field });
      pending.push({ source: sourceIndex, platform: source.platform, kind, field, text, read: analyzers.readText(text), post });
    };
    add('handle', 'handle', source.handle);
    add('displayName', 'displayName', source.displayName);
    add('headline', 'headline', source.headline);
    add('about', 'about', source.about);
    (source.posts ?? []).forEach((post, postIndex) => add('post', `posts[${postIndex}]`, post.text, post));
  });
  const roleTexts: RoleText[] = pending
    .filter((item) => ROLE_KINDS.has(item.kind))
    .map((item) => ({ kind: item.kind as RoleText['kind'], source: item.source, field: item.field, original: item.text.original, units: item.read.units }));
  const role = inferRole(roleTexts);
  const fields = pending.map((item) =>
    buildField(analyzers, item.source, item.platform, item.kind, item.field, item.text.original, item.post, true, { text: item.text, read: item.read, role }),
  );
  return { fields, role };
}

/** What analyzeProfileFields already computed for a field: its text, reading and the profile's role. */
export interface PreparedText {
  text: AnalyzedText;
  read: TextRead;
  role?: RoleReading;
}

/** Analyses one field; also used to score candidate rewrites with the same functions as the real fields. */
export function buildField(
  analyzers: TextAnalyzers,
  source: number,
  platform: Platform,
  kind: FieldKind,
  field: string,
  value: string,
  post: Post | undefined,
  withRisksAndSentiment = true,
  prepared?: PreparedText,
): ProfileField {
  const text = prepared?.text ?? analyzers.analyzeText(value, { source, field });
  const read = prepared?.read ?? (withRisksAndSentiment ? analyzers.readText(text) : undefined);
  const counts = countTokens(text.scoringTokens);
  const words = counts.words;
  const identityField = kind === 'handle' || kind === 'displayName';
  const keys = identityField ? emptyList<string | undefined>() : tokenKeys(text.scoringTokens);
  const mentions = identityField ? emptyList<TaxonomyMention>() : findTaxonomyMentions(text, keys);
  const written = identityField ? undefined : writtenKeys(text.original, text.scoringTokens);
  const style = written === undefined ? { informal: emptyList<Token>(), shouted: emptyList<Token>() } : styleTokens(text, written, mentions);
  return {
    source,
    platform,
    field,
    kind,
    post,
    text,
    read,
    words,
    informal: style.informal,
    shouted: style.shouted,
    emojiCount: counts.emoji,
    exclamationCount: counts.exclamations,
    exclamationRuns: counts.exclamationRuns,
    mentions,
    cues: identityField ? emptyList<CueMatch>() : findCues(text.scoringTokens, keys),
    keys: identityField ? undefined : keys,
    writtenKeys: written,
    risks: withRisksAndSentiment ? analyzers.detectRisks(text, { platform, read, role: prepared?.role }) : emptyList<RiskHit>(),
    // Only posts and about texts are judged for sentiment (see tone.ts), so only they are scored.
    sentiment: withRisksAndSentiment && (kind === 'about' || kind === 'post') ? analyzers.scoreSentiment(text) : undefined,
  };
}

interface TokenCounts {
  words: Token[];
  emoji: number;
  exclamations: number;
  exclamationRuns: number;
}

/** The word tokens, emoji and exclamation marks of the scoring tokens, in one pass. */
function countTokens(tokens: readonly Token[]): TokenCounts {
  const counts: TokenCounts = { words: [], emoji: 0, exclamations: 0, exclamationRuns: 0 };
  let runLength = 0;
  for (const token of tokens) {
    if (token.kind === 'word') counts.words.push(token);
    else if (token.kind === 'emoji') counts.emoji += 1;
    const marks = token.kind === 'punct' ? countChar(token.norm, '!') : 0;
    if (marks === 0) {
      if (runLength >= 2) counts.exclamationRuns += 1;
      runLength = 0;
      continue;
    }
    counts.exclamations += marks;
    runLength += marks;
  }
  if (runLength >= 2) counts.exclamationRuns += 1;
  return counts;
}

/** The informal and the shouted words of a content field, in one pass. */
function styleTokens(text: AnalyzedText, written: readonly (string | undefined)[], mentions: readonly TaxonomyMention[]): { informal: Token[]; shouted: Token[] } {
  const informal: Token[] = emptyList();
  const shouted: Token[] = emptyList();
  // Asked only of a word in capitals (few fields have one): the set is built on the first.
  let mentionedTokenStarts: ReadonlySet<number> | undefined;
  const mentioned = (): ReadonlySet<number> =>
    (mentionedTokenStarts ??= mentions.length === 0 ? NO_STARTS : new Set(mentions.map((mention) => mention.start)));
  const tokens = text.scoringTokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.kind !== 'word') continue;
    if (isInformal(text, token, written[index] as string)) informal.push(token);
    if (isShouted(text, token, mentioned)) shouted.push(token);
  }
  return { informal, shouted };
}

function countChar(value: string, char: string): number {
  const code = char.charCodeAt(0);
  let count = 0;
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) === code) count += 1;
  return count;
}

/**
 * Slang, abbreviations and stretched spellings: the text layer had to rewrite the word, or it is a known
 * informal word. `written`: the word's writtenKeys entry.
 */
export function isInformal(text: AnalyzedText, token: Token, written: string): boolean {
  const writtenAsNorm = written === token.norm;
  if (writtenAsNorm && !token.obfuscated) return IS_INFORMAL_WORD.of(token.lexeme);
  // The written key is the surface unless it is the norm, which an obfuscated word may differ from.
  const surface = writtenAsNorm ? tokenSurface(text, token).toLowerCase() : written;
  if (INFORMAL_WORDS.has(surface) || INFORMAL_WORDS.has(token.norm)) return true;
  if (token.obfuscated || surface.includes("'") || surface.includes('’')) return false;
  return surface !== token.norm && !isDiacriticOnlyChange(surface, token.norm);
}

function isDiacriticOnlyChange(surface: string, norm: string): boolean {
  // An ASCII surface has no mark to drop: NFD leaves it as it is.
  if (isAscii(surface)) return surface === norm;
  return surface.normalize('NFD').replace(/\p{M}/gu, '') === norm;
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** An all-capitals word of four or more letters that is neither an acronym nor a named skill (`mentioned`: the mentions' starts). */
function isShouted(text: AnalyzedText, token: Token, mentioned: () => ReadonlySet<number>): boolean {
  if (token.end - token.start < 4) return false;
  const firstCode = text.original.charCodeAt(token.start);
  if (firstCode < 0x80) {
    if (firstCode < 0x41 || firstCode > 0x5a) return false;
    const letters = asciiCapitals(text.original, token.start, token.end);
    if (letters !== undefined) return letters >= 4 && !ACRONYMS.has(token.norm) && !mentioned().has(token.start);
  }
  const first = text.original[token.start];
  if (first === first.toLowerCase()) return false;
  const surface = tokenSurface(text, token);
  let letters = 0;
  for (const char of surface) {
    if (char >= '0' && char <= '9') return false;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower === upper) continue;
    if (char !== upper) return false;
    letters += 1;
  }
  return letters >= 4 && !ACRONYMS.has(token.norm) && !mentioned().has(token.start);
}

/**
 * isShouted's letter loop for an ASCII span, without a string per character: the number of capital
 * letters, or 0 when the span holds a digit or a lower-case letter; undefined when it is not ASCII.
 */
function asciiCapitals(original: string, start: number, end: number): number | undefined {
  let letters = 0;
  let shouted = true;
  for (let index = start; index < end; index += 1) {
    const code = original.charCodeAt(index);
    if (code >= 0x80) return undefined;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) shouted = false;
    else if (code >= 0x41 && code <= 0x5a) letters += 1;
  }
  return shouted ? letters : 0;
}

export function hasCue(field: ProfileField, list: CueList): boolean {
  return field.cues.some((cue) => cue.lists.has(list));
}

export function cuesOf(field: ProfileField, list: CueList): CueMatch[] {
  return field.cues.filter((cue) => cue.lists.has(list));
}

/** Fields that carry the candidate's own statements (not names). */
export function contentFields(fields: readonly ProfileField[]): ProfileField[] {
  return fields.filter((field) => field.kind === 'headline' || field.kind === 'about' || field.kind === 'post');
}

/** Fields grouped by source index, in source order. */
export function groupBySource(fields: readonly ProfileField[]): Map<number, ProfileField[]> {
  const bySource = new Map<number, ProfileField[]>();
  for (const field of fields) {
    const list = bySource.get(field.source);
    if (list) list.push(field);
    else bySource.set(field.source, [field]);
  }
  return new Map([...bySource.entries()].sort((a, b) => a[0] - b[0]));
}

/** A field whose every meaningful token lies in a protected span: it must not count at all (fairness). */
export function isFullyProtected(field: ProfileField): boolean {
  return field.text.protectedSpans.length > 0 && field.text.scoringTokens.every((token) => token.kind === 'punct');
}

/** Posts that count as the candidate's activity: everything but fully protected ones. */
export function countedPosts(fields: readonly ProfileField[]): ProfileField[] {
  return fields.filter((field) => field.kind === 'post' && !isFullyProtected(field));
}

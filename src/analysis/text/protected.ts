import protectedLexicon from './lexicons/protected.json';
import cueLexicon from './lexicons/self-description.json';
import { LexemeFacts } from './lexeme';
import type { Span, Token } from './types';

export type ProtectedSpan = Span & { kind: string };

/**
 * How a word takes part in a self-description (see the lexicon descriptions):
 * strong terms name a characteristic on their own, weak ones need support, roles are family-role nouns.
 */
type Strength = 'strong' | 'weak' | 'role';

interface TermInfo {
  kind: string;
  strength: Strength;
}

const TERMS: ReadonlyMap<string, TermInfo> = (() => {
  const terms = new Map<string, TermInfo>();
  const kinds = protectedLexicon.entries as Record<string, { strong: string[]; weak: string[]; roles?: string[] }>;
  for (const [kind, lists] of Object.entries(kinds)) {
    for (const word of lists.weak) terms.set(word, { kind, strength: 'weak' });
    for (const word of lists.roles ?? []) terms.set(word, { kind, strength: 'role' });
    for (const word of lists.strong) terms.set(word, { kind, strength: 'strong' });
  }
  return terms;
})();

const cues = cueLexicon.entries;
const FUNCTION_WORDS = new Set(cues.functionWords);
const NUMBER_WORDS = new Set(cues.numberWords);
const FRAME_STARTERS = new Set(cues.frameStarters);
const FRAME_LINKS = new Set(cues.frameLinks);
const BOOSTERS = new Set(cues.boosters);
const MODIFIERS = new Set(cues.modifiers);
const COMPLEMENTS = new Set(cues.complements);
const DURATIONS = new Set(cues.durations);
const GROUP_MARKERS = new Set(cues.groupMarkers);
const AFFILIATION_LINKS = new Set(cues.affiliationLinks);
const OTHER_REFERENTS = new Set(cues.otherReferents);
const LANGUAGE_CUES = new Set(cues.languageCues);
const HOSTILE_WORDS = new Set(cues.hostileWords);
const AGE_UNITS = new Set(cues.ageUnits);
const AGE_WORDS = new Set(cues.ageWords);
const AGE_PREFIXES = new Set(cues.agePrefixes);
/** Full stops too: a sentence split missed after an abbreviation ("120 ms. Bapak tiga anak") still ends a clause. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '-', '&', '+', '/', '.', '!', '?']);
/** "proud dad of twins and a backend engineer": the role after "and" is a clause of its own. */
const CLAUSE_WORDS = new Set(['and', 'dan', 'serta', 'but', 'tapi', 'tetapi']);
/** Bits of listBits: which of the word lists above (TERM: TERMS) a word is on. */
const TERM = 1 << 0;
const FUNCTION_WORD = 1 << 1;
const NUMBER_WORD = 1 << 2;
const FRAME_STARTER = 1 << 3;
const FRAME_LINK = 1 << 4;
const BOOSTER = 1 << 5;
const MODIFIER = 1 << 6;
const COMPLEMENT = 1 << 7;
const DURATION = 1 << 8;
const GROUP_MARKER = 1 << 9;
const OTHER_REFERENT = 1 << 10;
const LANGUAGE_CUE = 1 << 11;
const HOSTILE_WORD = 1 << 12;
const AGE_UNIT = 1 << 13;
const AGE_WORD = 1 << 14;
const AGE_PREFIX = 1 << 15;
const CLAUSE_WORD = 1 << 16;
const AFFILIATION_LINK = 1 << 17;
const FILLER = FRAME_LINK | DURATION | AGE_UNIT | AGE_WORD;
/** A plain word (no '-') on one of these lists may hold a protected span (mayHoldProtected). */
const CUE = TERM | COMPLEMENT | AGE_PREFIX;

const LIST_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const lists: [Iterable<string>, number][] = [
    [TERMS.keys(), TERM],
    [FUNCTION_WORDS, FUNCTION_WORD],
    [NUMBER_WORDS, NUMBER_WORD],
    [FRAME_STARTERS, FRAME_STARTER],
    [FRAME_LINKS, FRAME_LINK],
    [BOOSTERS, BOOSTER],
    [MODIFIERS, MODIFIER],
    [COMPLEMENTS, COMPLEMENT],
    [DURATIONS, DURATION],
    [GROUP_MARKERS, GROUP_MARKER],
    [OTHER_REFERENTS, OTHER_REFERENT],
    [LANGUAGE_CUES, LANGUAGE_CUE],
    [HOSTILE_WORDS, HOSTILE_WORD],
    [AGE_UNITS, AGE_UNIT],
    [AGE_WORDS, AGE_WORD],
    [AGE_PREFIXES, AGE_PREFIX],
    [CLAUSE_WORDS, CLAUSE_WORD],
    [AFFILIATION_LINKS, AFFILIATION_LINK],
  ];
  for (const [words, bit] of lists) for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit);
  return bits;
})();

/** Not a list: set when a token of kind 'word' with this norm mayHoldProtected. */
const WORD_CUE = 1 << 18;

const LEXEME_BITS = new LexemeFacts((norm) => {
  const bits = LIST_BITS.get(norm) ?? 0;
  return wordMayHoldProtected(norm, bits) ? bits | WORD_CUE : bits;
});

/** mayHoldProtected of a word token with this norm and list bits (a word is never an age number). */
function wordMayHoldProtected(word: string, bits: number): boolean {
  if (!word.includes('-')) return (bits & CUE) !== 0;
  return (bits & (COMPLEMENT | AGE_PREFIX)) !== 0 || wordTerm(word) !== undefined;
}

/** The lists a token's norm is on, as bits: kept on its lexeme, no lookup per token. */
function listBits(token: Token): number {
  return LEXEME_BITS.of(token.lexeme);
}

/** "she/her", "he/him", "they/them": pronouns stated in a profile. */
const PRONOUN_PAIRS = new Map([
  ['she', 'her'],
  ['he', 'him'],
  ['they', 'them'],
]);
const SENTENCE_SEPARATORS = new Set(['|', '•', '·', '¦', '▪', '●', '◦', '‣', '⁃']);
/** A clause this short with a strong term and nobody else in it reads as a label ("Muslim software engineer"). */
const SHORT_LABEL_WORDS = 6;
/** Words a first-person statement may put between "I'm" and the characteristic ("I'm also a proud"). */
const MAX_FRAME_GAP = 4;
const MAX_AGE = 120;

/** What one content token of a clause is, for deciding whether the clause describes the writer. */
const ALL_PARTS = [
  'strong',
  'weak',
  'role',
  'age',
  'number',
  'complement',
  'modifier',
  'filler',
  'booster',
  'marker',
  'frame',
  'referent',
  'other',
] as const;
type Part = (typeof ALL_PARTS)[number];

export interface Clause {
  /** Token indexes [from, to) without the break that ends the clause. */
  from: number;
  to: number;
  kind: string | undefined;
  /** The whole clause states a protected characteristic of the writer. */
  selfDescription: boolean;
  /** A weak label ("woman", "wife"), an age ("45") or pride ("dan bangga"): protected beside a self-description. */
  companion: boolean;
  /** A first-person statement inside a longer clause ("I'm a Muslim who ..."): token indexes [from, to). */
  statement: { from: number; to: number } | undefined;
  /** Token indexes protected on their own when neither the clause nor a statement in it is. */
  termTokens: number[];
}

/** "chinese-indonesian", "batak-jawa": a compound of two or more such words names a characteristic on its own. */
function compoundTerm(word: string): TermInfo | undefined {
  if (!word.includes('-')) return undefined;
  const parts = word.split('-');
  const first = TERMS.get(parts[0]);
  if (first === undefined || parts.length < 2 || !parts.every((part) => TERMS.has(part))) return undefined;
  return { kind: first.kind, strength: 'strong' };
}

function wordTerm(word: string): TermInfo | undefined {
  return TERMS.get(word) ?? compoundTerm(word);
}

/** wordTerm of a lexeme's norm, null for none (a fact is never undefined). */
const LEXEME_TERM = new LexemeFacts((norm): TermInfo | null => wordTerm(norm) ?? null);

function termOf(token: Token): TermInfo | undefined {
  if (token.kind === 'word') return LEXEME_TERM.of(token.lexeme) ?? undefined;
  return token.kind === 'hashtag' ? wordTerm(token.norm.slice(1)) : undefined;
}

/** `bits`: listBits(token). */
function isContent(token: Token, bits: number): boolean {
  return (token.kind === 'word' || token.kind === 'number' || token.kind === 'hashtag') && (bits & FUNCTION_WORD) === 0;
}

function ageNumber(token: Token): boolean {
  if (token.kind !== 'number') return false;
  let digits = 0;
  while (digits < token.norm.length && token.norm[digits] >= '0' && token.norm[digits] <= '9') digits++;
  if (digits === 0 || digits > 3) return false;
  const unit = token.norm.slice(digits);
  const value = Number(token.norm.slice(0, digits));
  return value > 0 && value <= MAX_AGE && (unit === '' || AGE_UNITS.has(unit));
}

/** Thousands ("18,000", "2.500") or more than four digits: a count of things, never part of a label about a person. */
const LARGE_NUMBER = /^\d{1,3}(?:[.,]\d{3})+(?!\d)|^\d{5}/;

/** A number that may stand in a label about the writer: an age, children, a year ("mother of 2", "since 2019"). */
function countsPeople(token: Token): boolean {
  return !LARGE_NUMBER.test(token.norm);
}

/** Token indexes that state an age: "41 years young", "umur 45", "berusia 45 tahun", "aged 30". */
function findAgeTokens(tokens: readonly Token[], from: number, to: number): Set<number> {
  const age = new Set<number>();
  for (let i = from; i < to; i++) {
    if (!ageNumber(tokens[i])) continue;
    const before = i > from ? tokens[i - 1].norm : '';
    const unit = i + 1 < to && AGE_UNITS.has(tokens[i + 1].norm) ? i + 1 : -1;
    const word = unit !== -1 && unit + 1 < to && AGE_WORDS.has(tokens[unit + 1].norm) && !AGE_PREFIXES.has(tokens[unit + 1].norm) ? unit + 1 : -1;
    const unitInNumber = tokens[i].norm.endsWith('yo') || tokens[i].norm.endsWith('y/o');
    if (AGE_PREFIXES.has(before)) {
      age.add(i - 1).add(i);
      if (unit !== -1) age.add(unit);
    } else if (word !== -1) {
      age.add(i).add(unit).add(word);
    } else if (unitInNumber) {
      age.add(i);
    }
  }
  return age;
}

/** `bits`: listBits(token). */
function partOf(token: Token, index: number, age: ReadonlySet<number>, bits: number): Part {
  if (age.has(index)) return 'age';
  const term = termOf(token);
  if (term !== undefined) return term.strength;
  if (token.kind === 'number') return countsPeople(token) ? 'number' : 'other';
  if (bits & FRAME_STARTER) return 'frame';
  if (bits & COMPLEMENT) return 'complement';
  if (bits & BOOSTER) return 'booster';
  if (bits & GROUP_MARKER) return 'marker';
  if (bits & OTHER_REFERENT) return 'referent';
  if (bits & MODIFIER) return 'modifier';
  if (bits & FILLER) return 'filler';
  return 'other';
}

/** Parts that may continue a statement after its characteristic ("mother of two kids", "hamil 6 bulan"). */
const STATEMENT_PARTS: ReadonlySet<Part> = new Set<Part>(['strong', 'role', 'complement', 'number', 'modifier', 'filler', 'age']);
/** Parts that may stand between the opener and the characteristic ("I'm a proud new", "saya penyandang"). */
const STATEMENT_GAP_PARTS: ReadonlySet<Part> = new Set<Part>(['filler', 'booster', 'modifier', 'marker']);

/** A fresh count of zero for every part; a literal keeps one object shape (no per-clause map/fromEntries). */
function zeroPartCounts(): Record<Part, number> {
  return { strong: 0, weak: 0, role: 0, age: 0, number: 0, complement: 0, modifier: 0, filler: 0, booster: 0, marker: 0, frame: 0, referent: 0, other: 0 };
}

interface ClauseParts {
  /** Content token indexes with their parts, in order. */
  indexes: number[];
  parts: Part[];
  count: Record<Part, number>;
}

function clauseParts(tokens: readonly Token[], from: number, to: number, age: ReadonlySet<number>): ClauseParts {
  const count = zeroPartCounts();
  const indexes: number[] = [];
  const parts: Part[] = [];
  for (let i = from; i < to; i++) {
    const bits = listBits(tokens[i]);
    if (!isContent(tokens[i], bits)) {
      // "the", "this": function words that still point at someone else; "two": a count ("father of two").
      if (bits & OTHER_REFERENT) count.referent++;
      if (bits & NUMBER_WORD) count.number++;
      continue;
    }
    const part = partOf(tokens[i], i, age, bits);
    indexes.push(i);
    parts.push(part);
    count[part]++;
  }
  return { indexes, parts, count };
}

/** "I'm 45", "saya 29 tahun": a first-person opener followed by nothing but an age. */
function isFrameAge(tokens: readonly Token[], clause: ClauseParts): boolean {
  const { indexes, parts } = clause;
  let k = 0;
  while (k < parts.length && (parts[k] === 'frame' || FRAME_LINKS.has(tokens[indexes[k]].norm))) k++;
  if (k === 0 || k >= parts.length || !ageNumber(tokens[indexes[k]])) return false;
  for (let rest = k + 1; rest < parts.length; rest++) {
    const norm = tokens[indexes[rest]].norm;
    if (!AGE_UNITS.has(norm) && !AGE_WORDS.has(norm)) return false;
  }
  return true;
}

/**
 * A label made only of self-description words ("Proud Muslim", "mother of two", "hamil 6 bulan",
 * "saya seorang Katolik"): 'full' when it states a characteristic, 'weak' when it only could ("wife", "man").
 */
function labelStrength(tokens: readonly Token[], clause: ClauseParts): 'full' | 'weak' | undefined {
  const { parts, count } = clause;
  if (count.other > 0 || count.referent > 0) return undefined;
  // A first-person word after the characteristic is a possessive ("ibu saya": my mother).
  let seenTerm = false;
  for (const part of parts) {
    if (part === 'frame' && seenTerm) return undefined;
    if (part === 'strong' || part === 'weak' || part === 'role' || part === 'complement' || part === 'age') seenTerm = true;
  }
  const framed = parts[0] === 'frame';
  const weakTerms = count.weak + count.role;
  if (count.strong > 0 || count.age > 0) return 'full';
  if (framed && (weakTerms > 0 || count.complement > 0 || isFrameAge(tokens, clause))) return 'full';
  if (weakTerms > 0 && (count.booster > 0 || weakTerms >= 2)) return 'full';
  if (count.role > 0 && (count.complement > 0 || count.number > 0 || count.modifier > 0)) return 'full';
  if (count.weak > 0 && count.marker > 0) return 'full';
  return weakTerms > 0 ? 'weak' : undefined;
}

/** Parts that may continue a group the writer belongs to ("Labour Party member", "partai buruh"). */
const GROUP_TAIL_PARTS: ReadonlySet<Part> = new Set<Part>(['marker', 'weak']);

function isAffiliation(token: Token): boolean {
  return (listBits(token) & AFFILIATION_LINK) !== 0;
}

/**
 * A weak word ("green", "labour", "church") names the writer's group when a group marker stands beside
 * it ("Green Party", "partai hijau") or an affiliation verb ("vote", "attend", "beribadah") precedes it.
 */
function namesAffiliation(tokens: readonly Token[], clause: ClauseParts, open: number, at: number): boolean {
  const { indexes, parts } = clause;
  // The opener itself does not count as the marker: "Member of the Green Building Council" names no party.
  if ((at - 1 > open && parts[at - 1] === 'marker') || parts[at + 1] === 'marker') return true;
  for (let k = open; k < at; k++) if (isAffiliation(tokens[indexes[k]])) return true;
  return false;
}

/**
 * A first-person statement inside a longer clause: "I'm a Muslim who ...", "as a mother ...", "proud dad of".
 * Only strong terms and family roles qualify here; a weak word ("I'm straight up tired") needs the whole clause.
 */
function findStatement(tokens: readonly Token[], clause: ClauseParts): { from: number; to: number } | undefined {
  const { indexes, parts } = clause;
  for (let k = 0; k < parts.length; k++) {
    // "Pendukung partai hijau sejak 2019": a clause may open with the writer's affiliation itself.
    const opens = parts[k] === 'frame' || parts[k] === 'booster' || (k === 0 && parts[k] === 'marker');
    if (!opens || (k > 0 && (parts[k - 1] === 'role' || parts[k - 1] === 'complement'))) continue;
    let j = k + 1;
    // "saya penyandang disabilitas": a weak word may stand before the strong one it qualifies.
    while (j < parts.length && j - k <= MAX_FRAME_GAP && (STATEMENT_GAP_PARTS.has(parts[j]) || (parts[j] === 'weak' && parts[j + 1] === 'strong'))) j++;
    if (j >= parts.length) continue;
    const group = parts[j] === 'weak' && namesAffiliation(tokens, clause, k, j);
    // A clause opened by a marker only names a group ("kader partai demokrat masih ..." may be about others).
    if (parts[k] === 'marker' ? !group : parts[j] !== 'strong' && parts[j] !== 'role' && !group) continue;
    let end = j + 1;
    while (end < parts.length && (STATEMENT_PARTS.has(parts[end]) || (group && GROUP_TAIL_PARTS.has(parts[end])))) end++;
    return { from: indexes[k], to: indexes[end - 1] + 1 };
  }
  return undefined;
}

export function analyzeClause(tokens: readonly Token[], from: number, to: number): Clause {
  const none: Clause = { from, to, kind: undefined, selfDescription: false, companion: false, statement: undefined, termTokens: [] };
  let languageCue = false;
  for (let i = from; i < to; i++) {
    const bits = listBits(tokens[i]);
    if (bits & HOSTILE_WORD) return none;
    if (bits & LANGUAGE_CUE) languageCue = true;
  }
  const age = findAgeTokens(tokens, from, to);
  const clause = clauseParts(tokens, from, to, age);
  const { indexes, parts, count } = clause;
  let kind: string | undefined = age.size > 0 ? 'age' : undefined;
  for (const i of indexes) kind ??= termOf(tokens[i])?.kind;
  if (kind === undefined && count.complement > 0) kind = 'family';
  const label = languageCue ? undefined : labelStrength(tokens, clause);
  // "I'm 45" is the one full label without a term.
  if (kind === undefined && label === 'full') kind = 'age';
  const bareAge = ageNumber(tokens[from]) && (to - from === 1 || (to - from === 2 && AGE_UNITS.has(tokens[from + 1].norm)));
  const onlyPride = parts.length > 0 && parts.every((part) => part === 'booster');
  const statement = label === undefined && !languageCue ? findStatement(tokens, clause) : undefined;
  const shortLabel = parts.length <= SHORT_LABEL_WORDS && count.referent === 0 && count.role === 0;
  const termTokens = shortLabel
    ? indexes.filter((i) => {
        const term = termOf(tokens[i]);
        if (age.has(i)) return true;
        if (term === undefined || term.strength !== 'strong') return false;
        return !languageCue || (term.kind !== 'ethnicity' && term.kind !== 'nationality');
      })
    : [];
  return {
    from,
    to,
    kind: kind ?? (bareAge ? 'age' : undefined),
    // "I vote for the Green Party": a statement that is the whole clause describes the writer as a label does.
    selfDescription: label === 'full' || (statement !== undefined && statement.from <= indexes[0] && statement.to > indexes[indexes.length - 1]),
    companion: label === 'weak' || bareAge || onlyPride,
    statement,
    termTokens,
  };
}

function isClauseBreak(token: Token): boolean {
  if (token.kind === 'word') return (listBits(token) & CLAUSE_WORD) !== 0;
  return token.kind === 'punct' && CLAUSE_BREAKS.has(token.norm[0]);
}

/** isClauseBreak, else mayHoldProtected, with one list lookup for a word. */
function clauseRole(token: Token): 'break' | 'cue' | 'plain' {
  if (token.kind === 'word') {
    const bits = listBits(token);
    return bits & CLAUSE_WORD ? 'break' : bits & WORD_CUE ? 'cue' : 'plain';
  }
  if (isClauseBreak(token)) return 'break';
  return mayHoldProtected(token) ? 'cue' : 'plain';
}

function isSentenceSeparator(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && SENTENCE_SEPARATORS.has(token.norm[0]);
}

function tokenRange(tokens: readonly Token[], sentence: Span, startAt: number): { from: number; to: number } {
  let from = startAt;
  while (from < tokens.length && tokens[from].start < sentence.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to].end <= sentence.end) to++;
  return { from, to };
}

function splitClauses(tokens: readonly Token[], from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let clauseStart = from;
  let hasCue = false;
  for (let i = from; i <= to; i++) {
    const role = i < to ? clauseRole(tokens[i]) : 'break';
    if (role !== 'break') {
      hasCue ||= role === 'cue';
      continue;
    }
    if (i > clauseStart) clauses.push(hasCue ? analyzeClause(tokens, clauseStart, i) : analyzeCuelessClause(tokens, clauseStart, i));
    clauseStart = i + 1;
    hasCue = false;
  }
  return clauses;
}

/**
 * analyzeClause for a clause with no token that mayHoldProtected: no term, complement, age or frame
 * age can arise, so the clause is at most a companion of pride words alone ("Proud.").
 */
export function analyzeCuelessClause(tokens: readonly Token[], from: number, to: number): Clause {
  let contentWords = 0;
  let onlyPride = true;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    const bits = listBits(token);
    if (bits & HOSTILE_WORD) return { from, to, kind: undefined, selfDescription: false, companion: false, statement: undefined, termTokens: [] };
    if (!isContent(token, bits)) continue;
    contentWords++;
    // partOf gives 'booster' only to a non-number that is no frame starter (complements cannot occur here).
    if (token.kind === 'number' || (bits & FRAME_STARTER) !== 0 || (bits & BOOSTER) === 0) onlyPride = false;
  }
  return { from, to, kind: undefined, selfDescription: false, companion: contentWords > 0 && onlyPride, statement: undefined, termTokens: [] };
}

/** True when some token of [from, to) can start or hold a protected span (see mayHoldProtected). */
export function rangeHasCue(tokens: readonly Token[], from: number, to: number): boolean {
  return sentenceMayHoldProtected(tokens, from, to);
}

function mayHoldProtected(token: Token): boolean {
  const bits = listBits(token);
  if (token.kind === 'word') return (bits & WORD_CUE) !== 0;
  return (bits & (COMPLEMENT | AGE_PREFIX)) !== 0 || termOf(token) !== undefined || ageNumber(token);
}

/** Cheap test that lets most sentences skip clause analysis: no protected word, child noun or age-like number. */
function sentenceMayHoldProtected(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (mayHoldProtected(tokens[i])) return true;
  return false;
}

/** How much of a sentence describes the writer. */
type Coverage = 'whole' | 'companions' | 'part';

interface SentenceResult {
  /** Position of the sentence in the text's sentence list. */
  ordinal: number;
  sentence: Span;
  from: number;
  to: number;
  clauses: Clause[];
  coverage: Coverage;
}

function wholeSentenceSpans(tokens: readonly Token[], result: SentenceResult): ProtectedSpan[] {
  const { clauses, sentence } = result;
  const fallbackKind = clauses.find((c) => c.kind !== undefined)?.kind ?? 'protected';
  return clauses.map((clause, index) => ({
    start: index === 0 ? sentence.start : tokens[clause.from].start,
    end: index + 1 < clauses.length ? tokens[clauses[index + 1].from].start : sentence.end,
    kind: clause.kind ?? fallbackKind,
  }));
}

/** Spans of a sentence only part of which describes the writer: whole clauses, statements, or single words. */
function partSpans(tokens: readonly Token[], result: SentenceResult): ProtectedSpan[] {
  const { clauses, from, to } = result;
  const spans: ProtectedSpan[] = [];
  const describesWriter = clauses.some((c) => c.selfDescription || c.statement !== undefined);
  // "Perempuan, 27, Jakarta": two demographic labels side by side describe the writer too.
  const labelled = clauses.filter((c) => c.companion && c.kind !== undefined);
  const demographic = labelled.length >= 2 && labelled.some((c) => c.kind !== 'age');
  for (const clause of clauses) {
    if (clause.selfDescription || (clause.companion && (describesWriter || (demographic && clause.kind !== undefined)))) {
      let start = tokens[clause.from].start;
      let end = tokens[clause.to - 1].end;
      // Take one joining break with the clause: the one before it, unless the clause before took it.
      const breakBefore = clause.from > from && isClauseBreak(tokens[clause.from - 1]) ? tokens[clause.from - 1] : undefined;
      const lastEnd = spans.length > 0 ? spans[spans.length - 1].end : -1;
      if (breakBefore !== undefined && breakBefore.start >= lastEnd) start = breakBefore.start;
      else if (clause.to < to && isClauseBreak(tokens[clause.to])) end = tokens[clause.to].end;
      spans.push({ start, end, kind: clause.kind ?? 'protected' });
      continue;
    }
    if (clause.statement !== undefined) {
      const { from: first, to: last } = clause.statement;
      const kind = clause.kind ?? 'protected';
      spans.push({ start: tokens[first].start, end: tokens[last - 1].end, kind });
      continue;
    }
    for (const index of clause.termTokens) {
      const term = termOf(tokens[index]);
      spans.push({ start: tokens[index].start, end: tokens[index].end, kind: term?.kind ?? 'age' });
    }
  }
  return spans;
}

function analyzeSentence(tokens: readonly Token[], ordinal: number, sentence: Span, from: number, to: number): SentenceResult {
  const clauses = splitClauses(tokens, from, to);
  const described = clauses.some((c) => c.selfDescription);
  const allLabels = clauses.length > 0 && clauses.every((c) => c.selfDescription || c.companion);
  const coverage: Coverage = allLabels ? (described ? 'whole' : 'companions') : 'part';
  return { ordinal, sentence, from, to, clauses, coverage };
}

/**
 * A sentence of weak labels only ("Wife.") describes the writer when a neighbouring sentence wholly
 * does ("Proud Muslim. Wife. Mother of two."); two passes carry that along a run in both directions.
 */
function promoteCompanionSentences(results: SentenceResult[]): void {
  const promote = (index: number, neighbour: number) => {
    const result = results[index];
    const other = results[neighbour];
    if (result.coverage === 'companions' && other !== undefined && other.coverage === 'whole' && Math.abs(result.ordinal - other.ordinal) === 1) {
      result.coverage = 'whole';
    }
  };
  for (let i = 1; i < results.length; i++) promote(i, i - 1);
  for (let i = results.length - 2; i >= 0; i--) promote(i, i + 1);
}

/** A fully protected sentence takes the '|' or bullet that joins it to its neighbour. */
function absorbSeparator(tokens: readonly Token[], spans: ProtectedSpan[], from: number, to: number): void {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (from > 0 && isSentenceSeparator(tokens[from - 1])) first.start = tokens[from - 1].start;
  else if (to < tokens.length && isSentenceSeparator(tokens[to])) last.end = tokens[to].end;
}

function mergeSpans(spans: ProtectedSpan[]): ProtectedSpan[] {
  const merged: ProtectedSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    const overlaps = previous !== undefined && span.start < previous.end;
    const adjacentSameKind = previous !== undefined && previous.kind === span.kind && span.start <= previous.end + 1;
    if (previous !== undefined && (overlaps || adjacentSameKind)) {
      previous.end = Math.max(previous.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

function pronounSpans(tokens: readonly Token[]): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].norm !== '/') continue;
    const pair = PRONOUN_PAIRS.get(tokens[i].norm);
    if (pair !== undefined && tokens[i + 2].norm === pair) {
      spans.push({ start: tokens[i].start, end: tokens[i + 2].end, kind: 'gender' });
      i += 2;
    }
  }
  return spans;
}

/** Finds self-descriptions of protected characteristics and marks their tokens `protected`. */
export function findProtectedSpans(tokens: Token[], sentences: readonly Span[]): ProtectedSpan[] {
  const all: ProtectedSpan[] = pronounSpans(tokens);
  const results: SentenceResult[] = [];
  let cursor = 0;
  sentences.forEach((sentence, ordinal) => {
    const { from, to } = tokenRange(tokens, sentence, cursor);
    cursor = to;
    if (to > from && sentenceMayHoldProtected(tokens, from, to)) results.push(analyzeSentence(tokens, ordinal, sentence, from, to));
  });
  promoteCompanionSentences(results);
  for (const result of results) {
    if (result.coverage === 'whole') {
      const spans = wholeSentenceSpans(tokens, result);
      absorbSeparator(tokens, spans, result.from, result.to);
      all.push(...spans);
    } else {
      all.push(...partSpans(tokens, result));
    }
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = mergeSpans(all);
  markTokens(tokens, merged);
  return merged;
}

function markTokens(tokens: Token[], spans: readonly ProtectedSpan[]): void {
  let s = 0;
  for (const token of tokens) {
    while (s < spans.length && spans[s].end <= token.start) s++;
    if (s < spans.length && token.start >= spans[s].start && token.end <= spans[s].end) token.protected = true;
  }
}

import protectedLexicon from './lexicons/protected.json';
import cueLexicon from './lexicons/self-description.json';
import type { Span, Token } from './types';

export type ProtectedSpan = Span & { kind: string };

interface TermInfo {
  kind: string;
  strong: boolean;
}

const TERMS: ReadonlyMap<string, TermInfo> = (() => {
  const terms = new Map<string, TermInfo>();
  const kinds = protectedLexicon.entries as Record<string, { strong: string[]; weak: string[] }>;
  for (const [kind, lists] of Object.entries(kinds)) {
    for (const word of lists.weak) terms.set(word, { kind, strong: false });
    for (const word of lists.strong) terms.set(word, { kind, strong: true });
  }
  return terms;
})();

const cues = cueLexicon.entries;
const FIRST_PERSON = new Set(cues.firstPerson);
const FUNCTION_WORDS = new Set(cues.functionWords);
const JOB_WORDS = new Set(cues.jobWords);
const LANGUAGE_CUES = new Set(cues.languageCues);
const HOSTILE_WORDS = new Set(cues.hostileWords);
const AGE_UNITS = new Set(cues.ageUnits);
const AGE_WORDS = new Set(cues.ageWords);
const AGE_PREFIXES = new Set(cues.agePrefixes);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '-', '&', '+', '/']);
/** "proud dad of twins and a backend engineer": the role after "and" is a clause of its own. */
const CLAUSE_WORDS = new Set(['and', 'dan', 'serta', 'but', 'tapi', 'tetapi']);
/** "she/her", "he/him", "they/them": pronouns stated in a profile. */
const PRONOUN_PAIRS = new Map([
  ['she', 'her'],
  ['he', 'him'],
  ['they', 'them'],
]);
const SENTENCE_SEPARATORS = new Set(['|', '•', '·', '¦', '▪', '●', '◦', '‣', '⁃']);
const SHORT_LABEL_WORDS = 6;
const LONG_FIRST_PERSON_WORDS = 12;
const MAX_AGE = 120;

interface Clause {
  /** Token indexes [from, to) without the break that ends the clause. */
  from: number;
  to: number;
  kind: string | undefined;
  selfDescription: boolean;
  /** Just an age ("45", "29 tahun") or pride ("dan bangga"): protected when it stands beside a self-description. */
  companion: boolean;
  /** Token indexes protected on their own when the clause as a whole is not. */
  termTokens: number[];
}

function termOf(token: Token): TermInfo | undefined {
  if (token.kind === 'word') return TERMS.get(token.norm);
  if (token.kind === 'hashtag') return TERMS.get(token.norm.slice(1));
  return undefined;
}

function isContent(token: Token): boolean {
  return (token.kind === 'word' || token.kind === 'number' || token.kind === 'hashtag') && !FUNCTION_WORDS.has(token.norm);
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

function analyzeClause(tokens: readonly Token[], from: number, to: number): Clause {
  const age = findAgeTokens(tokens, from, to);
  let content = 0;
  let protectedWords = 0;
  let kind: string | undefined = age.size > 0 ? 'age' : undefined;
  let firstPerson = false;
  let firstPersonWords = 0;
  let job = false;
  let languageCue = false;
  let hostile = false;
  const strongTokens: number[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    const norm = token.norm;
    if (FIRST_PERSON.has(norm)) {
      firstPerson = true;
      if (isContent(token)) firstPersonWords++;
    }
    if (JOB_WORDS.has(norm)) job = true;
    if (LANGUAGE_CUES.has(norm)) languageCue = true;
    if (HOSTILE_WORDS.has(norm)) hostile = true;
    if (!isContent(token)) continue;
    content++;
    const term = termOf(token);
    if (term !== undefined || age.has(i)) protectedWords++;
    if (term !== undefined && kind === undefined) kind = term.kind;
    if (term !== undefined && term.strong) strongTokens.push(i);
  }
  const bareAge = ageNumber(tokens[from]) && (to - from === 1 || (to - from === 2 && AGE_UNITS.has(tokens[from + 1].norm)));
  const onlyPride = content > 0 && content === firstPersonWords;
  const companion = bareAge || onlyPride;
  const labelLike = content <= SHORT_LABEL_WORDS && protectedWords * 3 >= content;
  const selfDescription =
    protectedWords > 0 &&
    !hostile &&
    !job &&
    !languageCue &&
    (labelLike || (firstPerson && content <= LONG_FIRST_PERSON_WORDS));
  const termTokens = hostile
    ? []
    : [...strongTokens.filter((i) => !languageCue || !['ethnicity', 'nationality'].includes(termOf(tokens[i])?.kind ?? '')), ...age].sort(
        (a, b) => a - b,
      );
  return { from, to, kind: kind ?? (bareAge ? 'age' : undefined), selfDescription, companion, termTokens };
}

function isClauseBreak(token: Token): boolean {
  if (token.kind === 'word') return CLAUSE_WORDS.has(token.norm);
  return token.kind === 'punct' && CLAUSE_BREAKS.has(token.norm[0]);
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
  for (let i = from; i <= to; i++) {
    if (i < to && !isClauseBreak(tokens[i])) continue;
    if (i > clauseStart) clauses.push(analyzeClause(tokens, clauseStart, i));
    clauseStart = i + 1;
  }
  return clauses;
}

/** Cheap test that lets most sentences skip clause analysis: no protected word and no age-like number. */
function mayHoldProtected(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (termOf(token) !== undefined || AGE_PREFIXES.has(token.norm) || ageNumber(token)) return true;
  }
  return false;
}

/** Spans of one sentence: the whole sentence when every clause describes the writer, else single clauses or words. */
function sentenceSpans(tokens: readonly Token[], sentence: Span, from: number, to: number): { spans: ProtectedSpan[]; whole: boolean } {
  const clauses = splitClauses(tokens, from, to);
  const spans: ProtectedSpan[] = [];
  const wholeSentence =
    clauses.length > 0 && clauses.some((c) => c.selfDescription) && clauses.every((c) => c.selfDescription || c.companion);
  if (wholeSentence) {
    const fallbackKind = clauses.find((c) => c.kind !== undefined)?.kind ?? 'protected';
    clauses.forEach((clause, index) => {
      const start = index === 0 ? sentence.start : tokens[clause.from].start;
      const end = index + 1 < clauses.length ? tokens[clauses[index + 1].from].start : sentence.end;
      spans.push({ start, end, kind: clause.kind ?? fallbackKind });
    });
    return { spans, whole: true };
  }
  const describesWriter = clauses.some((c) => c.selfDescription);
  for (const clause of clauses) {
    if (clause.selfDescription || (describesWriter && clause.companion)) {
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
    for (const index of clause.termTokens) {
      const term = termOf(tokens[index]);
      spans.push({ start: tokens[index].start, end: tokens[index].end, kind: term?.kind ?? 'age' });
    }
  }
  return { spans, whole: false };
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
    const pair = PRONOUN_PAIRS.get(tokens[i].norm);
    if (pair !== undefined && tokens[i + 1].norm === '/' && tokens[i + 2].norm === pair) {
      spans.push({ start: tokens[i].start, end: tokens[i + 2].end, kind: 'gender' });
      i += 2;
    }
  }
  return spans;
}

/** Finds self-descriptions of protected characteristics and marks their tokens `protected`. */
export function findProtectedSpans(tokens: Token[], sentences: readonly Span[]): ProtectedSpan[] {
  const all: ProtectedSpan[] = pronounSpans(tokens);
  let cursor = 0;
  for (const sentence of sentences) {
    const { from, to } = tokenRange(tokens, sentence, cursor);
    cursor = to;
    if (to <= from || !mayHoldProtected(tokens, from, to)) continue;
    const { spans, whole } = sentenceSpans(tokens, sentence, from, to);
    if (whole) absorbSeparator(tokens, spans, from, to);
    all.push(...spans);
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

import { isWrittenAs } from '../text/case';
import type { AnalyzedText, Token } from '../text/types';
import { emptyList } from './empty-list';
import cuesData from './lexicon/cues.json';
import { PhraseMatcher, tokenKeys } from './phrase-matcher';

export type CueList = keyof typeof cuesData.entries;

export interface CueMatch {
  lists: ReadonlySet<CueList>;
  phrase: string;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

interface CueValue {
  phrase: string;
  lists: Set<CueList>;
}

/** Lists matched as phrases over tokens; the others are plain word sets. */
const PHRASE_LISTS: readonly CueList[] = [
  'seniorityEntry',
  'senioritySenior',
  'achievementVerbs',
  'valueWords',
  'knowledgeCues',
  'degreeCues',
  'certificateCues',
  'promoCues',
  'promoWeakCues',
  'workWords',
  'complaintWords',
  'locationCues',
  'cities',
];

const CUE_MATCHER = buildCueMatcher();

function buildCueMatcher(): PhraseMatcher<CueValue> {
  const byPhrase = new Map<string, CueValue>();
  for (const list of PHRASE_LISTS) {
    for (const phrase of cuesData.entries[list]) {
      const key = phrase.toLowerCase();
      const value = byPhrase.get(key) ?? { phrase: key, lists: new Set<CueList>() };
      value.lists.add(list);
      byPhrase.set(key, value);
    }
  }
  const matcher = new PhraseMatcher<CueValue>();
  for (const [phrase, value] of byPhrase) matcher.add(phrase, value);
  return matcher;
}

export function findCues(tokens: readonly Token[], keys: readonly (string | undefined)[] = tokenKeys(tokens)): CueMatch[] {
  const cues: CueMatch[] = emptyList();
  for (const match of CUE_MATCHER.findAll(tokens, keys)) {
    cues.push({
      lists: match.value.lists,
      phrase: match.value.phrase,
      tokenStart: match.tokenStart,
      tokenEnd: match.tokenEnd,
      start: match.start,
      end: match.end,
    });
  }
  return cues;
}

export function cueSet(list: CueList): ReadonlySet<string> {
  return new Set(cuesData.entries[list].map((word) => word.toLowerCase()));
}

export function cueList(list: CueList): readonly string[] {
  return cuesData.entries[list];
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) > 127) return false;
  return true;
}

/** The token's text as written, NFKC-folded; used where case matters (shouting, employer names). */
export function tokenSurface(text: AnalyzedText, token: Token): string {
  const raw = text.original.slice(token.start, token.end);
  return isAscii(raw) ? raw : raw.normalize('NFKC');
}

/**
 * Each token as written, lower case and NFKC-folded (its norm when it is written so; undefined but for
 * words, numbers and punctuation): a title like "S.Ak." must not read as the slang it resembles ("ak" = aku).
 */
export function writtenKeys(original: string, tokens: readonly Token[]): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word' && token.kind !== 'number' && token.kind !== 'punct') keys.push(undefined);
    else if (isWrittenAs(original, token.start, token.end, token.norm)) keys.push(token.norm);
    else keys.push(original.slice(token.start, token.end).normalize('NFKC').toLowerCase());
  }
  return keys;
}

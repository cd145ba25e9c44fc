import { analyzeText } from '../text/analyze';
import type { Unit } from './units';

/** Stands for any number in a phrase ("modal <num> jadi jutaan"). */
const NUMBER_SLOT = '<num>';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Index of the phrase that ends here, or -1. */
  phrase: number;
}

export interface PhraseMatch {
  phrase: number;
  /** Unit indexes [from, to). */
  from: number;
  to: number;
}

/** Splits a lexicon phrase into the norms the text layer gives its words (slang mapped, lower case). */
export function phraseNorms(phrase: string): string[] {
  const norms: string[] = [];
  for (const part of phrase.split(' ')) {
    if (part === '') continue;
    if (part.startsWith(NUMBER_SLOT)) {
      norms.push(NUMBER_SLOT);
      continue;
    }
    for (const token of analyzeText(part, { source: -1, field: 'lexicon' }).tokens) {
      if (token.kind === 'word' || token.kind === 'number' || token.kind === 'hashtag') norms.push(token.norm);
    }
  }
  return norms;
}

/** The norms of single- and multi-word lexicon entries, each joined by a space. */
export function normSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((phrase) => phraseNorms(phrase).join(' ')));
}

/**
 * Every matcher's bit, by the norms its phrases start with: one lookup per unit serves all matchers.
 * Matchers share the 31 bits in turn, so there is no limit on how many there are: a shared bit only
 * sends a unit to a matcher's trie, whose first lookup then fails; it never makes a match.
 */
const FIRST_WORD_MATCHERS = new Map<string, number>();
const MASK_BITS = 31;
let matcherCount = 0;

/** Single words the detectors look up directly (insult and group words); see registerLexiconWords. */
const LEXICON_WORDS = new Set<string>();

/** Lets a detector declare the words it looks up, so that affixed forms ("gacornya") can be traced back. */
export function registerLexiconWords(words: Iterable<string>): void {
  for (const word of words) LEXICON_WORDS.add(word);
  lexiconGeneration++;
}

/** Counts changes to the known words, so that caches of lexicon lookups know when they are stale. */
let lexiconGeneration = 0;

export function currentLexiconGeneration(): number {
  return lexiconGeneration;
}

/** True when some detector knows the word, as a lexicon word or the first word of a phrase. */
export function isLexiconWord(word: string): boolean {
  return LEXICON_WORDS.has(word) || FIRST_WORD_MATCHERS.has(word);
}

/** The bits of the matchers that have a phrase starting with this unit (see Unit.matchers). */
export function startMask(unit: Pick<Unit, 'norm' | 'kind'>): number {
  const byWord = FIRST_WORD_MATCHERS.get(unit.norm) ?? 0;
  return unit.kind === 'number' ? byWord | (FIRST_WORD_MATCHERS.get(NUMBER_SLOT) ?? 0) : byWord;
}

/**
 * Where phrases may start in a unit list (the units with some matcher's bit) and their masks together,
 * for the list searched last: every matcher in turn searches one text's units, most have no phrase
 * starting anywhere in it, and the others need look only at these few units (one pass, not one per matcher).
 */
let scannedUnits: readonly Unit[] | undefined;
let scannedLength = 0;
let startIndexes: number[] = [];
let unionOfMasks = 0;

function scanStarts(units: readonly Unit[]): void {
  if (units === scannedUnits && units.length === scannedLength) return;
  const starts: number[] = [];
  let union = 0;
  for (let i = 0; i < units.length; i++) {
    const mask = units[i].matchers;
    if (mask === 0) continue;
    starts.push(i);
    union |= mask;
  }
  scannedUnits = units;
  scannedLength = units.length;
  startIndexes = starts;
  unionOfMasks = union;
}

/** Finds lexicon phrases in a unit sequence with a trie: linear in the text times the longest phrase. */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map(), phrase: -1 };
  private readonly bit: number;

  constructor(readonly phrases: readonly string[]) {
    this.bit = 1 << matcherCount++ % MASK_BITS;
    phrases.forEach((phrase, index) => {
      const norms = phraseNorms(phrase);
      if (norms.length === 0) return;
      let node = this.root;
      for (const norm of norms) {
        let child = node.next.get(norm);
        if (child === undefined) {
          child = { next: new Map(), phrase: -1 };
          node.next.set(norm, child);
        }
        node = child;
      }
      if (node.phrase === -1) node.phrase = index;
    });
    for (const first of this.root.next.keys()) FIRST_WORD_MATCHERS.set(first, (FIRST_WORD_MATCHERS.get(first) ?? 0) | this.bit);
    lexiconGeneration++;
  }

  /** Longest match starting at each unit; matches stay within one sentence and do not overlap. */
  findAll(units: readonly Unit[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    scanStarts(units);
    if ((unionOfMasks & this.bit) === 0) return matches;
    const starts = startIndexes;
    let free = 0;
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k];
      if (i < free || (units[i].matchers & this.bit) === 0) continue;
      const match = this.matchAt(units, i);
      if (match !== undefined) {
        matches.push(match);
        free = match.to;
      }
    }
    return matches;
  }

  matchAt(units: readonly Unit[], from: number): PhraseMatch | undefined {
    const sentence = units[from].sentence;
    let node = this.root;
    let phrase = -1;
    let to = from;
    for (let j = from; j < units.length; j++) {
      const unit = units[j];
      if (unit.sentence !== sentence) break;
      const child: TrieNode | undefined = node.next.get(unit.norm) ?? (unit.kind === 'number' ? node.next.get(NUMBER_SLOT) : undefined);
      if (child === undefined) break;
      node = child;
      if (node.phrase !== -1) {
        phrase = node.phrase;
        to = j + 1;
      }
    }
    return phrase === -1 ? undefined : { phrase, from, to };
  }

  /** True when any phrase occurs. */
  occursIn(units: readonly Unit[]): boolean {
    scanStarts(units);
    if ((unionOfMasks & this.bit) === 0) return false;
    for (const i of startIndexes) if (units[i].matchers & this.bit && this.matchAt(units, i) !== undefined) return true;
    return false;
  }
}

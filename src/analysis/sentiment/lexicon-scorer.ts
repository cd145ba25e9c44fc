/**
 * VADER-style lexicon scorer (Hutto & Gilbert 2014) over the text layer's scoring tokens: the
 * English scorer, and with `indonesianWords` also the lexicon half of the Indonesian verdict.
 *
 * Differences from the reference implementation, on purpose: the look-back window for negators
 * and boosters, and the "but" shift, stay inside one sentence (profiles hold many sentences, tweets
 * one); emoji and emoticons come from tokens, not from whitespace splitting; Indonesian negators,
 * boosters and contrast words count too, so code-mixed text ("tidak happy") is read right.
 */
import { isWrittenAs } from '../text/case';
import { LexemeFacts } from '../text/lexeme';
import type { AnalyzedText, Token } from '../text/types';
import vader from './lexicons/en-vader.json';
import modifiers from './lexicons/modifiers.json';
import { isIdentityTerm } from './features';
import { INDONESIAN_PHRASE_HEADS, INDONESIAN_PHRASES, indonesianPolarity } from './indonesian-lexicon';

/** Empirical constants from VADER. */
const BOOSTER_INCREMENT = 0.293;
const CAPS_INCREMENT = 0.733;
const NEGATION_SCALAR = -0.74;
const EXCLAMATION_INCREMENT = 0.292;
const MAX_EXCLAMATIONS = 4;
const QUESTION_INCREMENT = 0.18;
const MAX_QUESTION_AMPLIFIER = 0.96;
const NORMALISATION_ALPHA = 15;
const LOOKBACK = 3;
const MAX_EMOTICON_TOKENS = 6;
/** Valence of a word in the Indonesian polarity lexicon: a plain sentiment word on VADER's scale. */
const INDONESIAN_VALENCE = 2;

const LEXICON = new Map<string, number>(Object.entries(vader.entries));
const EMOJI = new Map<string, number>(Object.entries(modifiers.entries.emoji));
const NEGATORS = new Set(modifiers.entries.negators);
const BOOSTERS = new Set(modifiers.entries.boosters);
const DAMPENERS = new Set(modifiers.entries.dampeners);
const CONTRAST = new Set(modifiers.entries.contrast);
/** Indonesian intensifiers follow the word they raise: "bagus banget", "senang sekali". */
const POST_INTENSIFIERS = new Set(modifiers.entries.postIntensifiers);
const MODIFIERS = new Set([...NEGATORS, ...BOOSTERS, ...DAMPENERS, ...CONTRAST]);
/** First characters of the lexicon's emoticons (":)", "<3"): an ASCII mark outside them starts none. */
const EMOTICON_FIRST_CODES: ReadonlySet<number> = new Set(
  [...LEXICON.keys()].filter((key) => !isLetters(key)).map((key) => key.charCodeAt(0)),
);

/** What scoring needs to know about one item key, looked up once per distinct key (see factsOf). */
interface KeyFacts {
  key: string;
  /** VADER valence of the key; undefined when the lexicon does not hold it. */
  english: number | undefined;
  modifier: boolean;
  booster: boolean;
  dampener: boolean;
  contrast: boolean;
  postIntensifier: boolean;
  identity: boolean;
  phraseHead: boolean;
  /** indonesianPolarity(key) * INDONESIAN_VALENCE, computed on first use (NaN until then). */
  indonesian: number;
}

/** Facts of recent keys; a pure function's results, cleared when full to bound memory. */
const KEY_FACTS = new Map<string, KeyFacts>();
const KEY_FACTS_LIMIT = 20_000;
const KEY_FACTS_MAX_KEY = 40;

function factsOf(key: string): KeyFacts {
  const known = KEY_FACTS.get(key);
  if (known !== undefined) return known;
  const facts: KeyFacts = {
    key,
    english: LEXICON.get(key),
    modifier: MODIFIERS.has(key),
    booster: BOOSTERS.has(key),
    dampener: DAMPENERS.has(key),
    contrast: CONTRAST.has(key),
    postIntensifier: POST_INTENSIFIERS.has(key),
    identity: isIdentityTerm(key),
    phraseHead: INDONESIAN_PHRASE_HEADS.has(key),
    indonesian: Number.NaN,
  };
  if (key.length <= KEY_FACTS_MAX_KEY) {
    if (KEY_FACTS.size >= KEY_FACTS_LIMIT) KEY_FACTS.clear();
    KEY_FACTS.set(key, facts);
  }
  return facts;
}

function indonesianValence(facts: KeyFacts): number {
  if (Number.isNaN(facts.indonesian)) facts.indonesian = indonesianPolarity(facts.key) * INDONESIAN_VALENCE;
  return facts.indonesian;
}

/** One sentiment-relevant unit: a word, an emoji, or an emoticon made of several punctuation tokens. */
interface Item {
  key: string;
  facts: KeyFacts;
  start: number;
  end: number;
  sentence: number;
  /** Valence of the item on its own (0 when it carries none). */
  valence: number;
  kind: 'word' | 'emoji' | 'emoticon';
  /** A word of two or more characters written in ALL CAPS. */
  shouted: boolean;
}

export interface LexiconScore {
  /** Normalised score, -1..+1. */
  compound: number;
  /** Items that carried valence, with their final (modified) valence. */
  contributions: { start: number; end: number; weight: number }[];
  /** How many items carry valence of their own (words, emoji, emoticons). */
  explained: number;
}

export interface LexiconOptions {
  /**
   * Also give valence to Indonesian sentiment words (id-polarity lexicon, ±INDONESIAN_VALENCE).
   * Off for English text, where an English word could collide with an Indonesian stem.
   */
  indonesianWords?: boolean;
}

export function scoreWithLexicon(text: AnalyzedText, options: LexiconOptions = {}): LexiconScore {
  return scoreItems(text, collectItems(text, options.indonesianWords === true), () => punctuationEmphasis(text));
}

/** Both readings of one text (code-mixed text needs both); the second reuses the first one's per-token work. */
export interface LexiconReadings {
  english: LexiconScore;
  /** scoreWithLexicon(text, { indonesianWords: true }). */
  indonesian(): LexiconScore;
}

export function scoreBothReadings(text: AnalyzedText): LexiconReadings {
  const items = collectItems(text, false);
  // Punctuation emphasis depends on the text alone: both readings share it.
  let emphasis: number | undefined;
  const emphasisOfText = (): number => (emphasis ??= punctuationEmphasis(text));
  const english = scoreItems(text, items, emphasisOfText);
  let indonesian: LexiconScore | undefined;
  return { english, indonesian: () => (indonesian ??= scoreItems(text, toIndonesianReading(items, text.original), emphasisOfText)) };
}

/** `emphasis` gives punctuationEmphasis(text), asked only when the words carry sentiment. */
function scoreItems(text: AnalyzedText, items: readonly Item[], emphasis: () => number): LexiconScore {
  const capsDifferential = hasCapsDifferential(items);
  const sentiments: number[] = [];
  for (let i = 0; i < items.length; i++) sentiments.push(itemSentiment(items, i, capsDifferential));
  applyContrastShift(items, sentiments);

  let sum = 0;
  for (let i = 0; i < sentiments.length; i++) sum += sentiments[i];
  if (sum !== 0) sum += Math.sign(sum) * emphasis();

  const contributions: LexiconScore['contributions'] = [];
  let explained = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.valence !== 0) explained++;
    if (sentiments[i] !== 0) contributions.push({ start: item.start, end: item.end, weight: sentiments[i] });
  }
  return { compound: normalise(sum), contributions, explained };
}

/** A word VADER rates at least this far from zero counts as a sentiment word on its own. */
const SENTIMENT_WORD_VALENCE = 1;

export function isEnglishSentimentWord(word: string): boolean {
  const facts = factsOf(word);
  return facts.english !== undefined && Math.abs(facts.english) >= SENTIMENT_WORD_VALENCE && !facts.identity;
}

export function normalise(score: number): number {
  if (score === 0) return 0;
  const value = score / Math.sqrt(score * score + NORMALISATION_ALPHA);
  return Math.max(-1, Math.min(1, value));
}

function sentenceIndexer(text: AnalyzedText): (offset: number) => number {
  let current = 0;
  // Tokens arrive in offset order, so one forward-moving pointer finds every token's sentence.
  return (offset: number): number => {
    while (current < text.sentences.length - 1 && offset >= text.sentences[current].end) current++;
    return current;
  };
}

function collectItems(text: AnalyzedText, indonesianWords: boolean): Item[] {
  const tokens = text.scoringTokens;
  const sentenceOf = sentenceIndexer(text);
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct') {
      const lastIndex = pushEmoticon(tokens, i, text.original, sentenceOf(token.start), items);
      if (lastIndex !== -1) i = lastIndex;
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'hashtag' && token.kind !== 'emoji') continue;
    const item = tokenItem(token, text.original, sentenceOf(token.start), indonesianWords);
    if (indonesianWords && items.length > 0 && mergeIndonesianPhrase(items[items.length - 1], item, text.original)) continue;
    items.push(item);
  }
  return items;
}

/**
 * Turns the items of collectItems(text, false) into those collectItems(text, true) gives: Indonesian
 * valence for the words, then the phrase merges. Rewrites the items in place (no copies), so the
 * English reading must be scored before.
 */
function toIndonesianReading(englishItems: readonly Item[], original: string): Item[] {
  const items: Item[] = [];
  for (const item of englishItems) {
    if (item.kind === 'word') {
      item.valence = item.facts.identity ? 0 : wordValence(item.facts, true);
      if (items.length > 0 && mergeIndonesianPhrase(items[items.length - 1], item, original)) continue;
    }
    items.push(item);
  }
  return items;
}

/**
 * Two-word Indonesian sentiment phrases ("luar biasa", "sakit hati") become one item, in place of
 * the first word. Returns whether `next` was merged into `previous`.
 */
function mergeIndonesianPhrase(previous: Item, next: Item, original: string): boolean {
  if (previous.kind !== 'word' || next.kind !== 'word' || previous.sentence !== next.sentence) return false;
  if (previous.valence !== 0 || previous.facts.modifier || !previous.facts.phraseHead) return false;
  const key = `${previous.key} ${next.key}`;
  if (!INDONESIAN_PHRASES.has(key) || next.facts.identity) return false;
  const facts = factsOf(key);
  previous.key = key;
  previous.facts = facts;
  previous.end = next.end;
  previous.valence = indonesianValence(facts);
  return true;
}

function tokenItem(token: Token, original: string, sentence: number, indonesianWords: boolean): Item {
  if (token.kind === 'emoji') {
    return makeItem(factsOf(token.norm), original, token.start, token.end, sentence, emojiValence(token.norm), 'emoji');
  }
  const keyFacts = token.kind === 'hashtag' ? normFacts(token.norm.slice(1)) : LEXEME_FACTS.of(token.lexeme);
  const facts = wordFacts(keyFacts, original, token.start, token.end);
  // Naming a group ("faith", "libertarian") carries no sentiment (fairness rules).
  const valence = facts.identity ? 0 : wordValence(facts, indonesianWords);
  return makeItem(facts, original, token.start, token.end, sentence, valence, 'word');
}

function wordValence(facts: KeyFacts, indonesianWords: boolean): number {
  if (facts.english !== undefined) return facts.english;
  if (!indonesianWords || facts.modifier) return 0;
  return indonesianValence(facts);
}

/** Every item is built here, so all share one object shape (keeps the hot loops monomorphic). */
function makeItem(
  facts: KeyFacts,
  original: string,
  start: number,
  end: number,
  sentence: number,
  valence: number,
  kind: Item['kind'],
): Item {
  const shouted = kind === 'word' && end - start > 1 && isAllCaps(original, start, end);
  return { key: facts.key, facts, start, end, sentence, valence, kind, shouted };
}

function straightenApostrophes(word: string): string {
  return word.includes('\u2019') ? word.split('\u2019').join("'") : word;
}

/** Facts of a word's normalised form (apostrophes straightened). */
function normFacts(norm: string): KeyFacts {
  return factsOf(straightenApostrophes(norm));
}

const LEXEME_FACTS = new LexemeFacts(normFacts);

/**
 * Facts of the word's key: those of the normalised form (`facts`, normFacts(norm)), unless only the
 * written form is an English lexicon word: slang mapping turns "ok" into Indonesian "oke", which VADER does not know.
 */
function wordFacts(facts: KeyFacts, original: string, start: number, end: number): KeyFacts {
  // Written as the key itself: the written form is no other lexicon word.
  if (facts.english !== undefined || facts.modifier || isWrittenAs(original, start, end, facts.key)) return facts;
  const written = straightenApostrophes(original.slice(start, end).toLowerCase());
  return LEXICON.has(written) ? factsOf(written) : facts;
}



/** Valence of the first emoji in the token that the map knows (skin tones and VS16 ignored). */
export function emojiValence(emoji: string): number {
  const direct = EMOJI.get(emoji);
  if (direct !== undefined) return direct;
  for (const codePoint of emoji) {
    const known = EMOJI.get(codePoint);
    if (known !== undefined) return known;
  }
  return 0;
}

/**
 * Pushes the longest emoticon (":)", ":-(", "<3", ":D") starting at a punctuation token, built
 * from adjacent tokens with no space between them. Returns the index of its last token, or -1.
 */
function pushEmoticon(
  tokens: readonly Token[],
  first: number,
  original: string,
  sentence: number,
  items: Item[],
): number {
  const start = tokens[first].start;
  const code = original.charCodeAt(start);
  const firstCode = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (firstCode < 0x80 && !EMOTICON_FIRST_CODES.has(firstCode)) return -1;
  let lastIndex = -1;
  let valence = 0;
  for (let last = first; last < tokens.length && last < first + MAX_EMOTICON_TOKENS; last++) {
    const token = tokens[last];
    if (last > first && token.start !== tokens[last - 1].end) break;
    if (token.kind !== 'punct' && token.end - token.start > 2) break;
    const key = original.slice(start, token.end).toLowerCase();
    const known = LEXICON.get(key);
    if (known !== undefined && !isLetters(key)) {
      lastIndex = last;
      valence = known;
    }
  }
  if (lastIndex === -1) return -1;
  const end = tokens[lastIndex].end;
  const surface = original.slice(start, end);
  items.push(makeItem(factsOf(surface.toLowerCase()), original, start, end, sentence, valence, 'emoticon'));
  return lastIndex;
}

function isLetters(key: string): boolean {
  for (const ch of key) if (ch.toLowerCase() === ch.toUpperCase()) return false;
  return true;
}

/** Python's str.isupper: at least one cased letter and no lower-case one. */
function isAllCaps(original: string, start: number, end: number): boolean {
  let hasUpper = false;
  let ascii = true;
  for (let k = start; k < end; k++) {
    const code = original.charCodeAt(k);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) hasUpper = true;
    else if (code > 0x7f) ascii = false;
  }
  return ascii ? hasUpper : isAllCapsUnicode(original.slice(start, end));
}

function isAllCapsUnicode(surface: string): boolean {
  let hasUpper = false;
  for (const ch of surface) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch === lower) return false;
    hasUpper = true;
  }
  return hasUpper;
}

/** VADER only rewards ALL CAPS when some, not all, of the words are in caps. */
function hasCapsDifferential(items: readonly Item[]): boolean {
  let words = 0;
  let shouted = 0;
  for (const item of items) {
    if (item.kind !== 'word') continue;
    words++;
    if (item.shouted) shouted++;
  }
  return shouted > 0 && shouted < words;
}

function isNegator(key: string): boolean {
  return NEGATORS.has(key) || key.endsWith("n't");
}

function boosterScalar(item: Item, valence: number, capsDifferential: boolean): number {
  let scalar = 0;
  if (item.facts.booster) scalar = BOOSTER_INCREMENT;
  else if (item.facts.dampener) scalar = -BOOSTER_INCREMENT;
  else return 0;
  if (valence < 0) scalar = -scalar;
  if (capsDifferential && item.shouted) scalar += valence > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
  return scalar;
}

function isBoosterPhraseStart(items: readonly Item[], i: number): boolean {
  const next = items[i + 1];
  return (items[i].key === 'kind' || items[i].key === 'sort') && next?.key === 'of' && next.sentence === items[i].sentence;
}

function itemSentiment(items: readonly Item[], i: number, capsDifferential: boolean): number {
  const item = items[i];
  let valence = item.valence;
  if (valence === 0 || item.facts.booster || item.facts.dampener || isBoosterPhraseStart(items, i)) return 0;
  if (capsDifferential && item.shouted) valence += valence > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;

  for (let distance = 1; distance <= Math.min(LOOKBACK, i); distance++) {
    const previous = items[i - distance];
    if (previous.sentence !== item.sentence) break;
    if (previous.valence !== 0) continue;
    let scalar = boosterScalar(previous, valence, capsDifferential);
    if (distance === 2) scalar *= 0.95;
    if (distance === 3) scalar *= 0.9;
    valence += scalar;
    // Emoji and emoticons show the writer's feeling; "not" does not flip them.
    if (item.kind === 'word') valence = negationCheck(items, i, distance, valence);
  }
  const next = items[i + 1];
  if (next !== undefined && next.sentence === item.sentence && next.facts.postIntensifier) {
    valence += valence > 0 ? BOOSTER_INCREMENT : -BOOSTER_INCREMENT;
  }
  if (followsBoosterPhrase(items, i)) valence += valence > 0 ? -BOOSTER_INCREMENT : BOOSTER_INCREMENT;
  return leastCheck(items, i, valence);
}

/** "kind of good", "sort of a mess": VADER dampens the word one or two places after the phrase. */
function followsBoosterPhrase(items: readonly Item[], i: number): boolean {
  const sentence = items[i].sentence;
  for (let phraseStart = i - 2; phraseStart >= i - 3; phraseStart--) {
    if (phraseStart >= 0 && items[phraseStart].sentence === sentence && isBoosterPhraseStart(items, phraseStart)) {
      return true;
    }
  }
  return false;
}

function keyAt(items: readonly Item[], index: number, sentence: number): string {
  // items[-1] is no array read but a generic property lookup, slow at every call site that ever made one.
  if (index < 0) return '';
  const item = items[index];
  return item && item.sentence === sentence ? item.key : '';
}

/** VADER's never_check, including its "never so good" and "so good" emphasis quirks. */
function negationCheck(items: readonly Item[], i: number, distance: number, valence: number): number {
  const sentence = items[i].sentence;
  if (distance === 1) return isNegator(keyAt(items, i - 1, sentence)) ? valence * NEGATION_SCALAR : valence;
  if (distance === 2) {
    if (keyAt(items, i - 2, sentence) === 'never' && isSoOrThis(keyAt(items, i - 1, sentence))) return valence * 1.5;
    return isNegator(keyAt(items, i - 2, sentence)) ? valence * NEGATION_SCALAR : valence;
  }
  if ((keyAt(items, i - 3, sentence) === 'never' && isSoOrThis(keyAt(items, i - 2, sentence))) || isSoOrThis(keyAt(items, i - 1, sentence))) {
    return valence * 1.25;
  }
  return isNegator(keyAt(items, i - 3, sentence)) ? valence * NEGATION_SCALAR : valence;
}

function isSoOrThis(key: string): boolean {
  return key === 'so' || key === 'this';
}

function leastCheck(items: readonly Item[], i: number, valence: number): number {
  const sentence = items[i].sentence;
  if (keyAt(items, i - 1, sentence) !== 'least') return valence;
  const before = keyAt(items, i - 2, sentence);
  return before === 'at' || before === 'very' ? valence : valence * NEGATION_SCALAR;
}

/** Within each sentence, the clause after the first contrast word weighs more than the one before. */
function applyContrastShift(items: readonly Item[], sentiments: number[]): void {
  let sentenceStart = 0;
  while (sentenceStart < items.length) {
    let sentenceEnd = sentenceStart;
    let contrastAt = -1;
    while (sentenceEnd < items.length && items[sentenceEnd].sentence === items[sentenceStart].sentence) {
      if (contrastAt === -1 && items[sentenceEnd].facts.contrast) contrastAt = sentenceEnd;
      sentenceEnd++;
    }
    if (contrastAt !== -1) {
      for (let k = sentenceStart; k < sentenceEnd; k++) {
        if (k < contrastAt) sentiments[k] *= 0.5;
        else if (k > contrastAt) sentiments[k] *= 1.5;
      }
    }
    sentenceStart = sentenceEnd;
  }
}

/** Emphasis from "!" (up to four) and from two or more "?". */
function punctuationEmphasis(text: AnalyzedText): number {
  const original = text.original;
  let exclamations = 0;
  let questions = 0;
  for (const token of text.scoringTokens) {
    if (token.kind !== 'punct') continue;
    for (let k = token.start; k < token.end; k++) {
      const ch = original.charCodeAt(k);
      if (ch === 0x21) exclamations++;
      else if (ch === 0x3f) questions++;
    }
    if (exclamations >= MAX_EXCLAMATIONS && questions > 3) break;
  }
  let amplifier = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_INCREMENT;
  if (questions > 3) amplifier += MAX_QUESTION_AMPLIFIER;
  else if (questions > 1) amplifier += questions * QUESTION_INCREMENT;
  return amplifier;
}

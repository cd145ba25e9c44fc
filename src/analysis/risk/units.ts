import { hasInnerCapital, isCapitalised } from '../text/case';
import { CharClass, foldCodePoint } from '../text/fold';
import { lexemeOf, type Lexeme } from '../text/lexeme';
import { startMask } from './phrases';
import type { AnalyzedText, TokenKind } from '../text/types';
import { isDecorated, isMaskedName, isSiteNumber, joinSplitLetters, joinSplitNumbers } from './split-names';
import { wordFormOf } from './word-forms';

/**
 * A token the detectors read: words, numbers, hashtags; punctuation and emoji left out. A word's
 * norm is its lexicon form: an affixed Indonesian word ("gacornya") reads as the word inside it.
 */
export interface Unit {
  norm: string;
  /** The lexeme of `norm`, where detectors keep their per-word facts (LexemeFacts): one field read, no table lookup. */
  lexeme: Lexeme;
  kind: TokenKind;
  start: number;
  end: number;
  /** Index of the sentence that holds it (-1 outside every sentence). */
  sentence: number;
  obfuscated: boolean;
  /** Written in capitals ("AERO88"): at least three letters, none lower case. */
  upperCase: boolean;
  /** Written as a name ("Diana"): a capital, then a small letter. */
  capitalised: boolean;
  /** A capital after a small letter ("DevFest22"), set for words with a digit only: an event's or product's name. */
  innerCapital: boolean;
  /** Emoji or symbols against both sides ("💎ALEXIS17💎"), set for words only, once the units are final. */
  decorated: boolean;
  /** Digits after different emoji standing for a name's letters ("⭐☂⚓♠✈☘41"), set once the units are final. */
  maskedName: boolean;
  /** Bits of the phrase matchers with a phrase starting here (phrases.ts). */
  matchers: number;
}

/** What a unit is made of: the flags read from the final units are set by buildUnits. */
type UnitFields = Omit<Unit, 'decorated' | 'maskedName'>;

/**
 * Every unit is made here, its fields always in this order, so all units share one object shape and
 * the detectors' reads of them stay monomorphic (units of several shapes made V8 deoptimise them).
 */
function makeUnit(fields: UnitFields): Unit {
  return {
    norm: fields.norm,
    lexeme: fields.lexeme,
    kind: fields.kind,
    start: fields.start,
    end: fields.end,
    sentence: fields.sentence,
    obfuscated: fields.obfuscated,
    upperCase: fields.upperCase,
    capitalised: fields.capitalised,
    innerCapital: fields.innerCapital,
    decorated: false,
    maskedName: false,
    matchers: fields.matchers,
  };
}

/** A name joined from several units: the first one's unit with the joined norm, ending at `end`. */
function joinedName(first: Unit, norm: string, end: number, changes: Pick<Unit, 'obfuscated' | 'upperCase' | 'matchers'>): Unit {
  return makeUnit({ ...first, norm, lexeme: lexemeOf(norm), end, ...changes });
}

const MIN_SPACED_PIECES = 4;
const MAX_DISGUISED_PIECE = 2;
/** A single character with its decorations (surrogate pair, variation selector, combining marks). */
const MAX_PIECE_UTF16 = 6;
/** Digits that may follow a disguised name after one space ("𝘼𝙀𝙍𝙊 88"). */
const MAX_NAME_NUMBER = 4;

function isUpperCase(original: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  return upper >= 3;
}

function isContentKind(kind: TokenKind): boolean {
  return kind === 'word' || kind === 'number' || kind === 'hashtag';
}

/** The folded character of a one-character token ("U" -> "u"), or undefined. */
function singleChar(original: string, start: number, end: number): string | undefined {
  const cp = original.codePointAt(start) as number;
  const width = cp > 0xffff ? 2 : 1;
  let cursor = start + width;
  // Combining marks and variation selectors may follow the character.
  while (cursor < end) {
    const next = original.codePointAt(cursor) as number;
    if (foldCodePoint(next).text !== '') return undefined;
    cursor += next > 0xffff ? 2 : 1;
  }
  const text = foldCodePoint(cp).text;
  return text.length === 1 ? text : undefined;
}

/** One piece of a spaced-out name: a single letter or digit, or up to two disguised letters ("ＧＡ"). */
function spacedPiece(original: string, unit: Unit): string | undefined {
  if (unit.end - unit.start > MAX_PIECE_UTF16 && !unit.obfuscated) return undefined;
  const single = singleChar(original, unit.start, unit.end);
  if (single !== undefined) return single;
  if (!unit.obfuscated || unit.norm.length > MAX_DISGUISED_PIECE) return undefined;
  for (const char of unit.norm) if (!((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'))) return undefined;
  return unit.norm;
}

function endsSpacedName(unit: Unit): boolean {
  if (unit.kind === 'number') return true;
  const norm = unit.norm;
  if (unit.kind !== 'word' || norm.length < 2 || !(norm[0] >= 'a' && norm[0] <= 'z')) return false;
  for (let k = 1; k < norm.length; k++) if (!(norm[k] >= '0' && norm[k] <= '9')) return false;
  return true;
}

/** Joins spaced-out letters ("B U K I T 8 8 8", "𝐕 𝐈 𝐂 𝐓𝐎 𝐑 𝐘") into one unit. */
function joinSpacedLetters(original: string, units: Unit[]): Unit[] {
  // Copied on the first join only: most texts have none.
  let joined: Unit[] | undefined;
  let i = 0;
  while (i < units.length) {
    let j = i;
    let letters = 0;
    let text = '';
    while (j < units.length) {
      const piece = spacedPiece(original, units[j]);
      const gapOk = j === i || (units[j].start - units[j - 1].end <= 2 && units[j].sentence === units[i].sentence);
      if (piece === undefined || !gapOk) break;
      for (const char of piece) if (char >= 'a' && char <= 'z') letters++;
      text += piece;
      j++;
    }
    // A number, or a letter with a number, written after the spaced letters ends the name ("B O W O 88", "A E R O88").
    if (j - i >= 3 && letters >= 3 && j < units.length && units[j].start - units[j - 1].end <= 2 && endsSpacedName(units[j])) {
      text += units[j].norm;
      j++;
    }
    if (j - i >= MIN_SPACED_PIECES && letters >= 3) {
      joined ??= units.slice(0, i);
      joined.push(
        makeUnit({
          norm: text,
          lexeme: lexemeOf(text),
          kind: 'word',
          start: units[i].start,
          end: units[j - 1].end,
          sentence: units[i].sentence,
          obfuscated: true,
          upperCase: isUpperCase(original, units[i].start, units[j - 1].end),
          capitalised: false,
          innerCapital: false,
          matchers: startMask({ norm: text, kind: 'word' }),
        }),
      );
      i = j;
    } else {
      // No shorter run inside this one can qualify either: it has fewer pieces and letters.
      const next = Math.max(j, i + 1);
      if (joined !== undefined) for (let k = i; k < next; k++) joined.push(units[k]);
      i = next;
    }
  }
  return joined ?? units;
}

function onlySymbols(original: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; ) {
    const cp = original.codePointAt(k) as number;
    const folded = foldCodePoint(cp);
    if (folded.cls === CharClass.Space || folded.cls === CharClass.Letter || folded.cls === CharClass.Digit) return false;
    k += cp > 0xffff ? 2 : 1;
  }
  return true;
}

function handleSeparators(original: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = original[k];
    if (c !== '.' && c !== '-' && c !== '_') return false;
  }
  return to > from;
}

/** A name split by symbols, or by one space in disguised letters or after capitals ("ALEXIS⭐17", "𝗦𝗚𝗜𝟴 𝟴", "AERO 88"), is one name. */
function joinSymbolSplitNames(original: string, units: Unit[]): Unit[] {
  // Copied on the first join only: most texts have none.
  let joined: Unit[] | undefined;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    // units[-1] is a named-property read: it made this load megamorphic for every unit.
    const previous = joined !== undefined ? joined[joined.length - 1] : index > 0 ? units[index - 1] : undefined;
    const splitByOneSpace =
      unit.start - (previous?.end ?? 0) === 1 &&
      unit.norm.length <= MAX_NAME_NUMBER &&
      (previous?.obfuscated === true || (previous?.upperCase === true && isSiteNumber(unit.norm)));
    if (
      previous !== undefined &&
      previous.kind === 'word' &&
      unit.kind === 'number' &&
      previous.sentence === unit.sentence &&
      (onlySymbols(original, previous.end, unit.start) || splitByOneSpace)
    ) {
      const norm = previous.norm + unit.norm;
      joined ??= units.slice(0, index);
      // A dot, dash or underscore is how handles are written ("endah.kusuma.77"), not a disguise.
      const obfuscated = previous.obfuscated || (!splitByOneSpace && !handleSeparators(original, previous.end, unit.start));
      joined[joined.length - 1] = joinedName(previous, norm, unit.end, { obfuscated, upperCase: previous.upperCase, matchers: startMask({ norm, kind: previous.kind }) });
    } else if (joined !== undefined) {
      joined.push(unit);
    }
  }
  return joined ?? units;
}

/** A word cut off by an ellipsis at the very end ("last nig…") is not the word it starts. */
function isTruncated(text: AnalyzedText, index: number): boolean {
  const next = text.tokens[index + 1];
  return index + 2 === text.tokens.length && next.kind === 'punct' && next.start === text.tokens[index].end && (next.norm === '…' || next.norm === '...');
}

/** True when unit j exists and lies in unit i's sentence. */
export function inSentence(units: readonly Unit[], i: number, j: number): boolean {
  return j >= 0 && j < units.length && units[j].sentence === units[i].sentence;
}

export function buildUnits(text: AnalyzedText): Unit[] {
  const units: Unit[] = [];
  let sentence = 0;
  for (let index = 0; index < text.tokens.length; index++) {
    const token = text.tokens[index];
    // A self-description of a protected characteristic is never evidence of a risk, nor context for one (fairness).
    if (!isContentKind(token.kind) || token.protected || isTruncated(text, index)) continue;
    while (sentence < text.sentences.length && text.sentences[sentence].end <= token.start) sentence++;
    const inside = sentence < text.sentences.length && text.sentences[sentence].start <= token.start;
    const wordForm = token.kind === 'word' ? wordFormOf(token.lexeme) : undefined;
    const norm = wordForm !== undefined ? wordForm.form : token.norm;
    // An indexed store, not push: V8 left this push a builtin call per unit.
    units[units.length] = makeUnit({
      norm,
      lexeme: wordForm !== undefined ? wordForm.lexeme : token.lexeme,
      kind: token.kind,
      start: token.start,
      end: token.end,
      sentence: inside ? sentence : -1,
      obfuscated: token.obfuscated,
      upperCase: token.kind === 'word' && isUpperCase(text.original, token.start, token.end),
      capitalised: token.kind === 'word' && isCapitalised(text.original, token.start, token.end),
      innerCapital: wordForm !== undefined && wordForm.hasDigit && hasInnerCapital(text.original, token.start, token.end),
      matchers: wordForm !== undefined ? wordForm.matchers : startMask({ norm, kind: token.kind }),
    });
  }
  const original = text.original;
  const spaced = joinSpacedLetters(original, units);
  const make = (first: Unit, last: Unit, norm: string): Unit => splitName(original, first, last, norm);
  const joined = joinSymbolSplitNames(original, joinSplitNumbers(original, joinSplitLetters(original, spaced, make), make));
  for (const unit of joined) {
    if (unit.kind === 'word' && isDecorated(original, unit)) unit.decorated = true;
    if (isMaskedName(original, unit)) unit.maskedName = true;
  }
  return joined;
}

function splitName(original: string, first: Unit, last: Unit, norm: string): Unit {
  const upperCase = isUpperCase(original, first.start, last.end);
  return joinedName(first, norm, last.end, { obfuscated: true, upperCase, matchers: startMask({ norm, kind: 'word' }) });
}

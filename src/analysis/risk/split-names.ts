import { CharClass, foldCodePoint } from '../text/fold';
import gamblingLexicon from './lexicons/gambling.json';
import { isDigitCode } from '../text/digits';
import { LexemeFacts, type Lexeme } from '../text/lexeme';

/** The fields of a unit these joins read and write (units.ts owns the full type). */
export interface NamePiece {
  norm: string;
  /** The lexeme of `norm`. */
  lexeme: Lexeme;
  kind: string;
  start: number;
  end: number;
  sentence: number;
  obfuscated: boolean;
  decorated?: boolean;
}

const SPELLED: ReadonlyMap<string, string> = new Map(Object.entries(gamblingLexicon.entries.spelledDigits));
/** The digit a word spells ("tujuh" -> "7"), or '': every word unit is asked, so it is kept on the lexeme. */
const SPELLED_DIGIT = new LexemeFacts((norm) => SPELLED.get(norm) ?? '');
/** Site-name parts long enough that finding one across pieces is no chance ("hoki", "garuda", not "hk"). */
const LONG_PARTS = gamblingLexicon.entries.brandParts.filter((part) => part.length >= 4);
const MIN_LETTER_PIECES = 3;
const MIN_SPLIT_PARTS = 2;
const SITE_NUMBERS: ReadonlySet<string> = new Set(gamblingLexicon.entries.brandNumbers);
/** A number such sites put after their name ("88", "138"). */
export function isSiteNumber(norm: string): boolean {
  return SITE_NUMBERS.has(norm);
}

/** Separators that may stand between the pieces of a split name ("DOR A 7 7", "AERO 8 8", "Pu Lau Tujuh"): ' .,~-·_'. */
function isSeparatorCode(code: number): boolean {
  switch (code) {
    case 0x20: // space
    case 0x2e: // .
    case 0x2c: // ,
    case 0x7e: // ~
    case 0x2d: // -
    case 0xb7: // ·
    case 0x5f: // _
      return true;
    default:
      return false;
  }
}
const MAX_GAP = 2;
const MAX_SHORT_PIECE = 3;
/** UTF-16 length of a short piece in disguised letters (two units a letter), before folding it. */
const MAX_PIECE_UTF16 = 8;
const MAX_NAME_PIECES = 3;
const MIN_NAME = 3;
/** Punctuation that ends or opens a sentence normally, so it is no decoration: ' \t\n.,!?:;()"\'-/'. */
function isPlainPunctuationCode(code: number): boolean {
  switch (code) {
    case 0x20: // space
    case 0x09: // tab
    case 0x0a: // line feed
    case 0x2e: // .
    case 0x2c: // ,
    case 0x21: // !
    case 0x3f: // ?
    case 0x3a: // :
    case 0x3b: // ;
    case 0x28: // (
    case 0x29: // )
    case 0x22: // "
    case 0x27: // '
    case 0x2d: // -
    case 0x2f: // /
      return true;
    default:
      return false;
  }
}

/** The text of a token folded to plain lower-case letters and digits ("𝗧𝗜𝗚𝗔" -> "tiga"); the norm may be a normalised word. */
function foldedText(original: string, start: number, end: number): string {
  let text = '';
  for (let k = start; k < end; ) {
    const cp = original.codePointAt(k) as number;
    text += foldCodePoint(cp).text;
    k += cp > 0xffff ? 2 : 1;
  }
  return text.toLowerCase();
}

/** a-z, by char code: comparing one-character strings costs a string comparison each. */
function isLowerLetterCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isLetters(text: string): boolean {
  if (text === '') return false;
  for (let k = 0; k < text.length; k++) if (!isLowerLetterCode(text.charCodeAt(k))) return false;
  return true;
}

function separatedOnly(original: string, a: NamePiece, b: NamePiece): boolean {
  if (a.sentence !== b.sentence || b.start - a.end > MAX_GAP) return false;
  // By char code: String.prototype.includes is a builtin call per character.
  for (let k = a.end; k < b.start; k++) if (!isSeparatorCode(original.charCodeAt(k))) return false;
  return true;
}

/** One digit of a split number: "8" or a spelled digit ("tujuh", "𝗗𝗘𝗟𝗔𝗣𝗔𝗡"). */
function digitOf(unit: NamePiece): string | undefined {
  // Norms are folded already ("𝗧𝗜𝗚𝗔" -> "tiga"), and spelled digits are no slang a norm would replace.
  if (unit.kind === 'number') return unit.norm.length === 1 && isDigitCode(unit.norm.charCodeAt(0)) ? unit.norm : undefined;
  const spelled = unit.kind === 'word' ? SPELLED_DIGIT.of(unit.lexeme) : '';
  return spelled !== '' ? spelled : undefined;
}

/** Index of the first name piece before a split number at `at`, and the name: "AERO", or short pieces "Pu Lau", "GA RU DA". */
function nameBefore(original: string, units: readonly NamePiece[], at: number, firstDigit: NamePiece): { from: number; name: string } | undefined {
  let from = at;
  let name = '';
  while (from > 0 && at - from < MAX_NAME_PIECES && separatedOnly(original, units[from - 1], from === at ? firstDigit : units[from])) {
    const piece = foldedText(original, units[from - 1].start, units[from - 1].end);
    // A lower-case word before the name ("di", "ke") is the sentence, not a piece of the name.
    const lowerStart = isLowerLetterCode(original.charCodeAt(units[from - 1].start));
    if (!isLetters(piece) || (name !== '' && lowerStart) || (name.length >= MIN_NAME && piece.length > MAX_SHORT_PIECE)) break;
    name = piece + name;
    from--;
    if (piece.length > MAX_SHORT_PIECE) break;
  }
  return name.length >= MIN_NAME ? { from, name } : undefined;
}

/**
 * A site name whose number is split into digits or spelled out ("AERO 8 8", "Pu Lau Tujuh Tujuh Tujuh",
 * "GA RU DA SATU TIGA DELAPAN") is one disguised name, when the digits make a site number.
 */
export function joinSplitNumbers<U extends NamePiece>(original: string, units: U[], make: (first: U, last: U, norm: string) => U): U[] {
  let joined: U[] | undefined;
  let i = 0;
  while (i < units.length) {
    let digits = '';
    let j = i;
    while (j < units.length && (j === i || separatedOnly(original, units[j - 1], units[j]))) {
      const digit = digitOf(units[j]);
      if (digit === undefined) break;
      digits += digit;
      j++;
    }
    const name = j - i >= 2 && SITE_NUMBERS.has(digits) ? nameBefore(original, joined ?? units, joined?.length ?? i, units[i]) : undefined;
    if (name !== undefined) {
      joined ??= units.slice(0, i);
      const first = joined[name.from];
      joined.length = name.from;
      joined.push(make(first, units[j - 1], name.name + digits));
      i = j;
    } else {
      if (joined !== undefined) joined.push(units[i]);
      i++;
    }
  }
  return joined ?? units;
}

function isDecoration(original: string, at: number): boolean {
  if (at < 0 || at >= original.length) return false;
  const cp = original.codePointAt(at) as number;
  if (isPlainPunctuationCode(original.charCodeAt(at))) return false;
  const cls = foldCodePoint(cp).cls;
  return cls !== CharClass.Space && cls !== CharClass.Letter && cls !== CharClass.Digit;
}

/** Emoji or symbols right against both sides of a word ("💎ALEXIS17💎", "*GUNUNGWIN*"): a name dressed up to catch the eye. */
export function isDecorated(original: string, unit: NamePiece): boolean {
  const before = unit.start - 1;
  // A surrogate pair before the word: step back to its first half.
  const lead = before > 0 && (original.charCodeAt(before) & 0xfc00) === 0xdc00 ? before - 1 : before;
  return isDecoration(original, lead) && isDecoration(original, unit.end);
}

/** A word as a piece of a split name: its norm or folded text, which the caller checks; '' when it is too long to be one. */
function shortPiece(original: string, unit: NamePiece): string {
  if (unit.kind !== 'word' || unit.end - unit.start > MAX_PIECE_UTF16) return '';
  // A norm may be a replaced word ("GA" reads "tidak"): fold the text itself unless the norm is short already.
  if (unit.norm.length <= MAX_SHORT_PIECE) return unit.norm;
  // ASCII folds to itself, one character each: a longer ASCII span is no short piece, without folding it.
  if (unit.end - unit.start > MAX_SHORT_PIECE && isAscii(original, unit.start, unit.end)) return '';
  return foldedText(original, unit.start, unit.end);
}

function isLetterPiece(piece: string): boolean {
  return piece.length <= MAX_SHORT_PIECE && isLetters(piece);
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 0x80) return false;
  return true;
}

/** The span of the name the site-name parts cover, when two parts are found and one runs across a cut. */
function partsSpan(name: string, boundaries: readonly number[]): { from: number; to: number } | undefined {
  let parts = 0;
  let across = false;
  let from = name.length;
  let to = 0;
  for (const part of LONG_PARTS) {
    const at = name.indexOf(part);
    if (at < 0) continue;
    parts++;
    from = Math.min(from, at);
    to = Math.max(to, at + part.length);
    if (boundaries.some((b) => b > at && b < at + part.length)) across = true;
  }
  // One part alone is too easily chance ("aja ya" holds "jaya").
  return across && parts >= MIN_SPLIT_PARTS ? { from, to } : undefined;
}

/** The pieces of units [from, to) joined, and where each piece starts in the joined name. */
function runName(original: string, units: readonly NamePiece[], from: number, to: number): { name: string; starts: number[] } {
  let name = '';
  const starts: number[] = [];
  for (let k = from; k < to; k++) {
    starts.push(name.length);
    name += shortPiece(original, units[k]);
  }
  return { name, starts };
}

/**
 * A site name cut into short pieces ("Ga Ru da Ho ki", "Gar uda ho ki") is one disguised name; the
 * words around it ("ayo ke") stay words.
 */
export function joinSplitLetters<U extends NamePiece>(original: string, units: U[], make: (first: U, last: U, norm: string) => U): U[] {
  let joined: U[] | undefined;
  let i = 0;
  while (i < units.length) {
    let j = i;
    while (j < units.length && (j === i || separatedOnly(original, units[j - 1], units[j])) && isLetterPiece(shortPiece(original, units[j]))) j++;
    // The name is spelled out only for a run long enough to be one (most runs are a word or two).
    const run = j - i >= MIN_LETTER_PIECES ? runName(original, units, i, j) : undefined;
    const span = run !== undefined ? partsSpan(run.name, run.starts.slice(1)) : undefined;
    if (run === undefined || span === undefined) {
      const next = Math.max(j, i + 1);
      if (joined !== undefined) for (let k = i; k < next; k++) joined.push(units[k]);
      i = next;
      continue;
    }
    const { name, starts } = run;
    let first = 0;
    while (first + 1 < starts.length && starts[first + 1] <= span.from) first++;
    let last = starts.length - 1;
    while (last > first && starts[last] >= span.to) last--;
    joined ??= units.slice(0, i);
    for (let k = i; k < i + first; k++) joined.push(units[k]);
    const end = last + 1 < starts.length ? starts[last + 1] : name.length;
    joined.push(make(units[i + first], units[i + last], name.slice(starts[first], end)));
    for (let k = i + last + 1; k < j; k++) joined.push(units[k]);
    i = j;
  }
  return joined ?? units;
}

const MIN_MASK_SYMBOLS = 4;
const MIN_MASKED_DIGITS = 2;
const MAX_MASKED_DIGITS = 3;
const KEYCAP = 0x20e3;
const VARIATION_SELECTOR = 0xfe0f;

/** Start of the code point that ends just before `end` (a surrogate pair is two units). */
function codePointBefore(original: string, end: number): number {
  return (original.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && end >= 2 ? end - 2 : end - 1;
}

/**
 * A site number right after a run of different emoji and symbols standing for the letters of the
 * name ("⭐☂⚓♠✈☘41"): the name is masked, the number still gives it away. One emoji repeated
 * ("🔥🔥🔥100") is decoration, and letters before the run ("abc⭐⏬☠⏺17") make it something else.
 */
export function isMaskedName(original: string, unit: NamePiece): boolean {
  let k = unit.end;
  while (k > unit.start && isDigitCode(original.charCodeAt(k - 1))) k--;
  const digits = unit.end - k;
  if (digits < MIN_MASKED_DIGITS || digits > MAX_MASKED_DIGITS) return false;
  const symbols = new Set<number>();
  while (k > 0) {
    const start = codePointBefore(original, k);
    const cp = original.codePointAt(start) as number;
    const folded = foldCodePoint(cp);
    if (folded.cls === CharClass.Space) break;
    const next = original.charCodeAt(start + 1);
    // A keycap digit ("0⃣") is one more symbol.
    const keycap = isDigitCode(cp) && (next === KEYCAP || next === VARIATION_SELECTOR);
    if (cp < 0x80 && !keycap) return false;
    if (folded.cls !== CharClass.Joiner) symbols.add(cp);
    k = start;
  }
  return symbols.size >= MIN_MASK_SYMBOLS;
}

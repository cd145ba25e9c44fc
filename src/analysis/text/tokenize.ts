import { CharClass, foldCodePoint, isExactLookAlike, type FoldedChar } from './fold';
import { normalizeWord, type NormalizedWord } from './normalize';
import { lexemeOf, type Lexeme } from './lexeme';
import { KNOWN_WORDS } from './vocabulary';
import type { Token, TokenKind } from './types';

/**
 * The text as code points with their UTF-16 offsets (offsets[count] = text length) and the class of
 * each folded code point. Only the first `count` entries (and offsets[count]) belong to the text.
 */
interface CodePoints {
  count: number;
  cps: Int32Array;
  offsets: Int32Array;
  classes: Uint8Array;
}

const TOP_LEVEL_DOMAINS = new Set(
  (
    'com net org id co io dev ai app me ly gg xyz info biz site online link tv in uk us sg my au ca de nl fr jp ' +
    'edu gov ac sch or web go tech store shop blog page cloud design art studio today news wiki pro'
  ).split(' '),
);
const URL_PREFIXES = ['http://', 'https://', 'www.'];
/** Code points of the marks around a URL or address: compared as numbers, no string per character. */
const OPENERS = codeSet(['(', '[', '{', '"', "'", '<', '“', '‘', '«']);
const CLOSERS = codeSet(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', "'", '>', '”', '’', '»']);
/** Characters that may sit between the letters of one word. */
const CONNECTOR_CODES = codeSet(["'", '’', '-', '.', '*', '_', ',']);
const MASK_SEPARATORS = new Set(['.', '-', '*', '_']);
const AT = 0x40;
const FULL_STOP = 0x2e;
const HASH = 0x23;
const DOLLAR = 0x24;
const BANG = 0x21;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;

function codeSet(chars: readonly string[]): ReadonlySet<number> {
  return new Set(chars.map((char) => char.charCodeAt(0)));
}

/** Longer runs of single letters ("a.a.a.a...") are not a disguised word. */
const MAX_MASKED_LETTERS = 24;

/** Texts up to this long are read into one set of arrays kept for reuse (tokenising is not re-entrant). */
const REUSED_CAPACITY = 16_384;
const reused: Omit<CodePoints, 'count'> = {
  cps: new Int32Array(REUSED_CAPACITY),
  offsets: new Int32Array(REUSED_CAPACITY + 1),
  classes: new Uint8Array(REUSED_CAPACITY),
};

const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, cp) => foldCodePoint(cp).cls);

function readCodePoints(text: string): CodePoints {
  const fits = text.length <= REUSED_CAPACITY;
  const cps = fits ? reused.cps : new Int32Array(text.length);
  const offsets = fits ? reused.offsets : new Int32Array(text.length + 1);
  const classes = fits ? reused.classes : new Uint8Array(text.length);
  let count = 0;
  let hangul = 0;
  let lostPlane = 0;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    offsets[count] = i;
    if (unit < 0x80) {
      cps[count] = unit;
      classes[count++] = ASCII_CLASSES[unit];
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    cps[count] = cp;
    classes[count] = foldCodePoint(cp).cls;
    count++;
    i += cp > 0xffff ? 2 : 1;
    if (cp >= HANGUL_FROM && cp <= LOST_PLANE_TO) {
      if (cp >= LOST_PLANE_FROM) lostPlane++;
      else hangul++;
    }
  }
  offsets[count] = text.length;
  if (lostPlane > 0 && hangul === 0) restoreLostPlane(cps, classes, count);
  return { count, cps, offsets, classes };
}

/**
 * Mathematical letters and digits (U+1D400-U+1D7FF: "𝐀𝐋𝐄𝐗") that lost their plane arrive as Hangul
 * syllables ("퐀퐋퐄퐗"). In a text with no other Hangul they are that disguise, and are read as it; real
 * Korean uses syllables from U+AC00 up, so a text holding any of those is left as written.
 */
const HANGUL_FROM = 0xac00;
const LOST_PLANE_FROM = 0xd400;
const LOST_PLANE_TO = 0xd7ff;
const SUPPLEMENTARY_PLANE = 0x10000;

function restoreLostPlane(cps: Int32Array, classes: Uint8Array, count: number): void {
  for (let k = 0; k < count; k++) {
    if (cps[k] < LOST_PLANE_FROM || cps[k] > LOST_PLANE_TO) continue;
    const restored = foldCodePoint(cps[k] + SUPPLEMENTARY_PLANE);
    if (restored.cls !== CharClass.Letter && restored.cls !== CharClass.Digit) continue;
    cps[k] += SUPPLEMENTARY_PLANE;
    classes[k] = restored.cls;
  }
}

/** Tokens, and for tokens read as Indonesian slang that are also English, their English form by index. */
export interface TokenizedText {
  tokens: Token[];
  englishForms: Map<number, string>;
}

class Tokenizer {
  readonly tokens: Token[] = [];
  readonly englishForms = new Map<number, string>();
  private readonly cp: CodePoints;

  constructor(private readonly text: string) {
    this.cp = readCodePoints(text);
  }

  run(): Token[] {
    const { count, cps, classes } = this.cp;
    let i = 0;
    while (i < count) {
      if (classes[i] === CharClass.Space) {
        i++;
        continue;
      }
      let end = i;
      let mayBeAddress = false;
      while (end < count && classes[end] !== CharClass.Space) {
        const cp = cps[end];
        if (cp === FULL_STOP || cp === AT) mayBeAddress = true;
        end++;
      }
      if (mayBeAddress) this.chunk(i, end);
      else this.parts(i, end);
      i = end;
    }
    return this.tokens;
  }

  private cls(i: number): CharClass {
    return this.cp.classes[i];
  }

  private folded(i: number): FoldedChar {
    return foldCodePoint(this.cp.cps[i]);
  }

  private char(i: number): string {
    return String.fromCodePoint(this.cp.cps[i]);
  }

  private isPieceChar(i: number, end: number): boolean {
    const cls = this.cls(i);
    if (cls === CharClass.Letter || cls === CharClass.Digit) return true;
    const cp = this.cp.cps[i];
    if (cp !== AT && cp !== DOLLAR && cp !== BANG) return false;
    const letterAfter = i + 1 < end && this.cls(i + 1) === CharClass.Letter;
    // '@' and '$' stand for letters inside words ("b@ngsat", "$lot"), '!' only between letters ("b!tch").
    if (cp !== BANG) return letterAfter;
    return letterAfter && i > 0 && this.cls(i - 1) === CharClass.Letter;
  }

  private emit(kind: TokenKind, from: number, to: number, norm: string, obfuscated = false, lexeme = lexemeOf(norm)): void {
    this.tokens.push({
      kind,
      norm,
      lexeme,
      start: this.cp.offsets[from],
      end: this.cp.offsets[to],
      obfuscated,
      protected: false,
    });
  }

  private slice(from: number, to: number): string {
    return this.text.slice(this.cp.offsets[from], this.cp.offsets[to]);
  }

  /** One whitespace-free chunk: a URL or e-mail address as a whole, otherwise its parts. */
  private chunk(from: number, to: number): void {
    let start = from;
    let end = to;
    while (start < end && OPENERS.has(this.cp.cps[start])) start++;
    while (end > start && CLOSERS.has(this.cp.cps[end - 1])) end--;
    // Most chunks are a word before its full stop: the core is read as a string only when it may be an address.
    if (end - start >= 4 && this.holdsStopOrAt(start, end)) {
      const core = this.slice(start, end);
      const kind = isUrl(core) ? 'url' : isEmail(core) ? 'email' : undefined;
      if (kind !== undefined) {
        this.parts(from, start);
        this.emit(kind, start, end, core.toLowerCase());
        this.parts(end, to);
        return;
      }
    }
    this.parts(from, to);
  }

  private holdsStopOrAt(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.cp.cps[k] === FULL_STOP || this.cp.cps[k] === AT) return true;
    return false;
  }

  private parts(from: number, to: number): void {
    let i = from;
    while (i < to) i = this.part(i, to);
  }

  /** Reads one token starting at i; returns where the next one starts. */
  private part(i: number, end: number): number {
    const code = this.cp.cps[i];
    const next = i + 1 < end ? this.cls(i + 1) : CharClass.Space;
    const nextIsWordChar = next === CharClass.Letter || next === CharClass.Digit;
    if (code === HASH && nextIsWordChar) return this.tagged('hashtag', i, end);
    // Handles may start with an underscore ("@_rina03").
    const handleStarts = nextIsWordChar || (i + 1 < end && this.cp.cps[i + 1] === UNDERSCORE);
    if (code === AT && handleStarts && (i === 0 || !this.isPieceChar(i - 1, end))) return this.tagged('mention', i, end);
    if (code === DOLLAR && next === CharClass.Digit) return this.word(i + 1, end, i);
    if (this.isPieceChar(i, end)) {
      const plainEnd = this.plainWordAt(i, end);
      return plainEnd !== -1 ? plainEnd : this.word(i, end, i);
    }
    const cls = this.cls(i);
    if (cls === CharClass.Emoji) return this.emoji(i, end);
    if (cls === CharClass.Joiner) return i + 1;
    let j = i + 1;
    while (j < end && this.cp.cps[j] === this.cp.cps[i]) j++;
    this.emit('punct', i, j, this.slice(i, j));
    return j;
  }

  private tagged(kind: 'hashtag' | 'mention', i: number, end: number): number {
    let j = i + 1;
    let norm = this.char(i);
    while (j < end) {
      const cls = this.cls(j);
      const char = this.char(j);
      const continues =
        cls === CharClass.Letter ||
        cls === CharClass.Digit ||
        cls === CharClass.Joiner ||
        char === '_' ||
        (kind === 'mention' && char === '.' && j + 1 < end && this.isPieceChar(j + 1, end));
      if (!continues) break;
      norm += cls === CharClass.Letter || cls === CharClass.Digit ? this.folded(j).text : char === '_' || char === '.' ? char : '';
      j++;
    }
    this.emit(kind, i, j, norm);
    return j;
  }

  private emoji(i: number, end: number): number {
    let j = i + 1;
    const isFlagHalf = (k: number) => this.cp.cps[k] >= 0x1f1e6 && this.cp.cps[k] <= 0x1f1ff;
    if (isFlagHalf(i) && j < end && isFlagHalf(j)) j++;
    while (j < end) {
      if (this.cls(j) === CharClass.Joiner) {
        const joinsNext = this.cp.cps[j] === 0x200d && j + 1 < end && this.cls(j + 1) === CharClass.Emoji;
        j += joinsNext ? 2 : 1;
      } else break;
    }
    this.emit('emoji', i, j, this.slice(i, j));
    return j;
  }

  /**
   * Reads a run of word pieces joined by connectors (' - . * _ ,) and splits it into tokens:
   * spaced-out masks ("j.u.d.i") become one word, digit groups one number, '.' splits words.
   */
  private word(i: number, end: number, tokenStart: number): number {
    const firstEnd = this.pieceEnd(i, end);
    if (this.separatorEnd(firstEnd, end) === -1) {
      // One piece: no piece lists to build.
      this.group([{ from: i, to: firstEnd }], [], tokenStart);
      return firstEnd;
    }
    const pieces: { from: number; to: number }[] = [];
    const separators: string[] = [];
    let j = i;
    for (;;) {
      const from = j;
      j = this.pieceEnd(from, end);
      pieces.push({ from, to: j });
      const k = this.separatorEnd(j, end);
      if (k === -1) break;
      separators.push(this.slice(j, k));
      j = k;
    }
    if (isMaskedSequence(pieces, separators, (p) => this.pieceText(p.from, p.to))) {
      const norm = normalizeWord(pieces.map((p) => this.pieceText(p.from, p.to)).join(''));
      this.emit('word', tokenStart, pieces[pieces.length - 1].to, norm.norm, true);
      return j;
    }
    let groupStart = 0;
    for (let p = 1; p <= pieces.length; p++) {
      const separator = separators[p - 1];
      if (p < pieces.length && this.joins(separator, pieces[p - 1], pieces[p])) continue;
      this.group(pieces.slice(groupStart, p), separators.slice(groupStart, p - 1), groupStart === 0 ? tokenStart : pieces[groupStart].from);
      if (p < pieces.length) {
        const sepFrom = pieces[p - 1].to;
        this.emit('punct', sepFrom, pieces[p].from, separator);
      }
      groupStart = p;
    }
    return j;
  }

  /** End of the word piece starting at `from`: piece characters, and joiners after the first. */
  private pieceEnd(from: number, end: number): number {
    let j = from;
    while (j < end && (this.isPieceChar(j, end) || (j > from && this.cls(j) === CharClass.Joiner))) j++;
    return j;
  }

  /** End of the connector at `j` ("-", "'", a run of '*') when another piece follows it; else -1. */
  private separatorEnd(j: number, end: number): number {
    if (j >= end || !CONNECTOR_CODES.has(this.cp.cps[j])) return -1;
    let k = j;
    while (k < end && this.cp.cps[k] === STAR) k++;
    if (k === j) k = j + 1;
    return k >= end || !this.isPieceChar(k, end) ? -1 : k;
  }

  private joins(separator: string, left: { from: number; to: number }, right: { from: number; to: number }): boolean {
    if (separator === '.' || separator === ',') return this.cls(left.to - 1) === CharClass.Digit && this.decimalPart(right);
    return true;
  }

  /** "2" of "1.2" and "5x" of "3.5x", "7k" of "2.7k": digits, then at most a short unit suffix. */
  private decimalPart(piece: { from: number; to: number }): boolean {
    if (this.allDigits(piece)) return true;
    let k = piece.from;
    while (k < piece.to && this.cls(k) === CharClass.Digit) k++;
    if (k === piece.from || piece.to - k > MAX_UNIT_SUFFIX) return false;
    for (; k < piece.to; k++) if (this.cls(k) !== CharClass.Letter) return false;
    return true;
  }

  private allDigits(piece: { from: number; to: number }): boolean {
    for (let k = piece.from; k < piece.to; k++) if (this.cls(k) !== CharClass.Digit && this.cls(k) !== CharClass.Joiner) return false;
    return true;
  }

  private pieceText(from: number, to: number): string {
    if (this.isPlainAscii(from, to)) return this.slice(from, to).toLowerCase();
    let text = '';
    for (let k = from; k < to; k++) {
      const folded = this.folded(k);
      text += folded.cls === CharClass.Letter || folded.cls === CharClass.Digit ? folded.text : folded.cls === CharClass.Joiner ? '' : this.char(k);
    }
    return text;
  }

  /**
   * "SIot": a capital I inside a word with lower-case letters may stand for l. Returns the folded
   * word with such I read as l, or undefined when there is none.
   */
  private capitalIAsL(from: number, to: number, folded: string): string | undefined {
    if (to - from !== folded.length) return undefined;
    let lowerCase = false;
    for (let k = from; k < to; k++) if (this.cp.cps[k] >= 0x61 && this.cp.cps[k] <= 0x7a) lowerCase = true;
    if (!lowerCase) return undefined;
    let reading = '';
    let changed = false;
    for (let k = from; k < to; k++) {
      const capitalIInside = this.cp.cps[k] === 0x49 && k > from;
      reading += capitalIInside ? 'l' : folded[k - from];
      changed = changed || capitalIInside;
    }
    return changed ? reading : undefined;
  }

  private isPlainAsciiLetters(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const cp = this.cp.cps[k];
      if (!((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))) return false;
    }
    return true;
  }

  /** ASCII letters and digits only: the folded text is the lower-cased original. */
  private isPlainAscii(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const cp = this.cp.cps[k];
      const alnum = (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
      if (!alnum) return false;
    }
    return true;
  }

  private lowerOriginal(from: number, to: number): string {
    return this.slice(from, to).normalize('NFKC').toLowerCase();
  }

  private group(pieces: { from: number; to: number }[], separators: string[], tokenStart: number): void {
    const from = pieces[0].from;
    const to = pieces[pieces.length - 1].to;
    if (pieces.length === 1 && tokenStart === from && this.isPlainAsciiLetters(from, to)) {
      this.plainWord(from, to);
      return;
    }
    let folded = '';
    pieces.forEach((piece, index) => {
      folded += this.pieceText(piece.from, piece.to);
      if (index < separators.length) folded += separators[index] === '’' ? "'" : separators[index];
    });
    let hasLetter = false;
    let disguised = false;
    let foreign = false;
    let latin = false;
    let marksOnLetters = 0;
    for (let k = from; k < to; k++) {
      const char = this.folded(k);
      if (char.cls === CharClass.Joiner && k > from && this.cp.cps[k - 1] < 0x80) marksOnLetters++;
      if (char.cls === CharClass.Letter) hasLetter = true;
      if (char.disguised) disguised = true;
      if (char.foreignLetter && !isExactLookAlike(this.cp.cps[k])) foreign = true;
      if (char.cls === CharClass.Letter && !char.foreignLetter) latin = true;
    }
    if (!hasLetter || isMoneyAmount(folded)) {
      this.emit('number', tokenStart, to, (tokenStart < from ? '$' : '') + folded, disguised);
      return;
    }
    // A Cyrillic or Greek word is left in its own script; look-alikes are folded only among Latin letters.
    if (foreign && !latin) {
      this.emit('word', tokenStart, to, this.lowerOriginal(from, to), false);
      return;
    }
    if (this.cls(from) === CharClass.Digit && isNumberWithUnit(folded)) {
      if (normalizeWord(folded).norm === folded) {
        this.emit('number', tokenStart, to, folded);
        return;
      }
    }
    // Combining marks stacked on plain letters ("K̲U̲S̲U̲M̲A̲") are a disguise, not an accent.
    if (marksOnLetters >= 2) disguised = true;
    this.emitWord(tokenStart, to, normalizeWord(folded), this.capitalIAsL(from, to, folded), disguised);
  }

  /**
   * The common case read in one pass: a word that is one run of ASCII letters with no connector and
   * piece after it. Emits it and returns its end, or returns -1 (nothing emitted) for any other word.
   */
  private plainWordAt(from: number, end: number): number {
    const cps = this.cp.cps;
    let hash = FNV_OFFSET;
    let capitalIInside = false;
    let to = from;
    for (; to < end; to++) {
      const cp = cps[to];
      if (!((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))) break;
      hash = Math.imul(hash ^ (cp | 0x20), FNV_PRIME);
      if (cp === 0x49 && to > from) capitalIInside = true;
    }
    if (to === from) return -1;
    if (to < end && (this.isPieceChar(to, end) || this.cls(to) === CharClass.Joiner)) return -1;
    if (this.separatorEnd(to, end) !== -1) return -1;
    this.emitPlainWord(from, to, capitalIInside, hash);
    return to;
  }

  /** The common case: one run of ASCII letters (code points are code units here). */
  private plainWord(from: number, to: number): void {
    let hash = FNV_OFFSET;
    let capitalIInside = false;
    for (let k = from; k < to; k++) {
      hash = Math.imul(hash ^ (this.cp.cps[k] | 0x20), FNV_PRIME);
      if (this.cp.cps[k] === 0x49 && k > from) capitalIInside = true;
    }
    this.emitPlainWord(from, to, capitalIInside, hash);
  }

  /** `hash`: FNV-1a of the lower-cased letters (FNV_OFFSET, FNV_PRIME). */
  private emitPlainWord(from: number, to: number, capitalIInside: boolean, hash: number): void {
    if (!capitalIInside) {
      const plain = plainWordNorm(this.cp.cps, from, to, this.text, this.cp.offsets[from], hash);
      this.emitWord(from, to, plain.normalized, undefined, false, plain.lexeme);
      return;
    }
    const folded = this.slice(from, to).toLowerCase();
    this.emitWord(from, to, normalizeWord(folded), this.capitalIAsL(from, to, folded), false);
  }

  /** `lexeme`: lexemeOf(normalized.norm) when the caller has it. */
  private emitWord(
    start: number,
    to: number,
    normalized: NormalizedWord,
    capitalIReading: string | undefined,
    disguised: boolean,
    lexeme?: Lexeme,
  ): void {
    let obfuscated = disguised;
    if (capitalIReading !== undefined && !KNOWN_WORDS.has(normalized.norm)) {
      const reading = normalizeWord(capitalIReading);
      if (KNOWN_WORDS.has(reading.norm)) {
        normalized = reading;
        obfuscated = true;
        lexeme = undefined;
      }
    }
    if (normalized.englishForm !== undefined) this.englishForms.set(this.tokens.length, normalized.englishForm);
    this.emit('word', start, to, normalized.norm, normalized.deobfuscated || obfuscated, lexeme ?? lexemeOf(normalized.norm));
  }
}

/**
 * normalizeWord of the lower-cased letters cps[from, to) (ASCII letters: code points are code units,
 * the same as text from textStart), through a small direct-mapped cache read in place: a word seen
 * recently costs no substring and no string hash (nor a lexeme lookup: the slot keeps the word's lexeme).
 * The letters are read from the code point array, not the text: a sliced or concatenated string makes
 * every charCodeAt a walk through its representation.
 * A slot holds the last word that hashed to it (bounded memory; results are those of a pure function).
 */
const PLAIN_SLOTS = 1 << 14;
/** Longer words are normalised directly (and each slot stays small). */
const PLAIN_MAX_LENGTH = 40;
const plainKeys: (string | undefined)[] = new Array<string | undefined>(PLAIN_SLOTS).fill(undefined);
const plainValues: (PlainWord | undefined)[] = new Array<PlainWord | undefined>(PLAIN_SLOTS).fill(undefined);

interface PlainWord {
  normalized: NormalizedWord;
  lexeme: Lexeme;
}

function plainWord(normalized: NormalizedWord): PlainWord {
  return { normalized, lexeme: lexemeOf(normalized.norm) };
}

/** FNV-1a over the lower-cased letters ('| 0x20' lower-cases an ASCII letter): the cache slot of a plain word. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** `hash`: FNV-1a of the lower-cased letters, computed by the caller while it read them. */
function plainWordNorm(cps: Int32Array, from: number, to: number, text: string, textStart: number, hash: number): PlainWord {
  const length = to - from;
  if (length > PLAIN_MAX_LENGTH) return plainWord(normalizeWord(text.slice(textStart, textStart + length).toLowerCase()));
  const slot = (hash >>> 0) & (PLAIN_SLOTS - 1);
  const key = plainKeys[slot];
  if (key !== undefined && key.length === length) {
    let same = true;
    for (let k = 0; same && k < length; k++) same = key.charCodeAt(k) === (cps[from + k] | 0x20);
    if (same) return plainValues[slot] as PlainWord;
  }
  const folded = text.slice(textStart, textStart + length).toLowerCase();
  const value = plainWord(normalizeWord(folded));
  plainKeys[slot] = folded;
  plainValues[slot] = value;
  return value;
}

/** "rp10.000", "idr5jt": a currency code before the digits. */
/** Longest unit letters after a decimal number ("jt", "rb", "k", "x"); longer is a word. */
const MAX_UNIT_SUFFIX = 3;

function isMoneyAmount(folded: string): boolean {
  const digitsFrom = folded.startsWith('rp') ? 2 : folded.startsWith('idr') || folded.startsWith('usd') ? 3 : -1;
  return digitsFrom !== -1 && folded.length > digitsFrom && folded[digitsFrom] >= '0' && folded[digitsFrom] <= '9';
}

/** "10rb", "5jt", "100k", "2x", "3.5x", "2,7k": digits (with decimal marks) followed by letters only. */
function isNumberWithUnit(folded: string): boolean {
  let k = 0;
  while (k < folded.length && ((folded[k] >= '0' && folded[k] <= '9') || ((folded[k] === '.' || folded[k] === ',') && k > 0))) k++;
  for (; k < folded.length; k++) if (!(folded[k] >= 'a' && folded[k] <= 'z')) return false;
  return true;
}

/** "j.u.d.i", "s-l-o-t", "f*c*k": three or more single letters split by one repeated separator. */
function isMaskedSequence(
  pieces: { from: number; to: number }[],
  separators: string[],
  textOf: (piece: { from: number; to: number }) => string,
): boolean {
  if (pieces.length < 3 || pieces.length > MAX_MASKED_LETTERS) return false;
  const separator = separators[0];
  if (!MASK_SEPARATORS.has(separator[0])) return false;
  if (separators.some((s) => s !== separator)) return false;
  let letters = 0;
  for (const piece of pieces) {
    const text = textOf(piece);
    if (text.length !== 1) return false;
    if (text >= 'a' && text <= 'z') letters++;
  }
  return letters >= 2;
}

function isHost(host: string): boolean {
  const labels = host.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    for (const char of label) {
      const ok = (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '-';
      if (!ok) return false;
    }
  }
  return TOP_LEVEL_DOMAINS.has(labels[labels.length - 1]);
}

export function isUrl(candidate: string): boolean {
  const lower = candidate.toLowerCase();
  for (const prefix of URL_PREFIXES) {
    if (lower.startsWith(prefix)) return lower.length > prefix.length + 2;
  }
  const slash = lower.indexOf('/');
  const host = slash === -1 ? lower : lower.slice(0, slash);
  return isHost(host) && (slash !== -1 || host.split('.').length >= 2);
}

export function isEmail(candidate: string): boolean {
  const at = candidate.indexOf('@');
  if (at < 1 || at !== candidate.lastIndexOf('@')) return false;
  const local = candidate.slice(0, at);
  for (const char of local) {
    const ok = /[A-Za-z0-9._%+-]/.test(char);
    if (!ok) return false;
  }
  return isHost(candidate.slice(at + 1).toLowerCase());
}

export function tokenize(text: string): TokenizedText {
  const tokenizer = new Tokenizer(text);
  return { tokens: tokenizer.run(), englishForms: tokenizer.englishForms };
}

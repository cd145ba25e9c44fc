import homoglyphLexicon from './lexicons/homoglyphs.json';

/** What one code point is, once its look-alike disguise is folded away. */
export enum CharClass {
  Space,
  Letter,
  Digit,
  /** Combining marks, variation selectors, joiners: they belong to the character before them. */
  Joiner,
  Emoji,
  Punct,
}

export interface FoldedChar {
  cls: CharClass;
  /** Lower-case Latin (or other script) form; '' for joiners. */
  text: string;
  /** True when folding undid a disguise (look-alike letter, mathematical or enclosed letter). */
  disguised: boolean;
  /** True for a Cyrillic or Greek letter (look-alike or not). */
  foreignLetter: boolean;
}

const HOMOGLYPHS = new Map<number, string>(
  Object.entries(homoglyphLexicon.entries as Record<string, string>).map(([char, latin]) => [
    char.codePointAt(0) as number,
    latin,
  ]),
);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const COMBINING_MARKS = /\p{M}/gu;
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/u;

const cache = new Map<number, FoldedChar>();

function isJoinerCodePoint(cp: number): boolean {
  return (
    // Superscript digits mark Indonesian reduplication ("sering²"), not a number.
    cp === 0xb2 ||
    cp === 0xb3 ||
    cp === 0xb9 ||
    cp === 0x200d ||
    cp === 0x200c ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3
  );
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

function foldAscii(cp: number): FoldedChar {
  const char = String.fromCharCode(cp);
  if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c) {
    return { cls: CharClass.Space, text: char, disguised: false, foreignLetter: false };
  }
  if (cp >= 0x41 && cp <= 0x5a) return { cls: CharClass.Letter, text: char.toLowerCase(), disguised: false, foreignLetter: false };
  if (cp >= 0x61 && cp <= 0x7a) return { cls: CharClass.Letter, text: char, disguised: false, foreignLetter: false };
  if (cp >= 0x30 && cp <= 0x39) return { cls: CharClass.Digit, text: char, disguised: false, foreignLetter: false };
  return { cls: CharClass.Punct, text: char, disguised: false, foreignLetter: false };
}

function classify(text: string): CharClass {
  if (text.length === 0) return CharClass.Joiner;
  let allDigits = true;
  for (const ch of text) {
    if (!(ch >= '0' && ch <= '9')) allDigits = false;
  }
  if (allDigits) return CharClass.Digit;
  const first = text.codePointAt(0) as number;
  if (LETTER.test(String.fromCodePoint(first))) return CharClass.Letter;
  return CharClass.Punct;
}

function foldNonAscii(cp: number): FoldedChar {
  const char = String.fromCodePoint(cp);
  if (SPACE.test(char)) return { cls: CharClass.Space, text: ' ', disguised: false, foreignLetter: false };
  if (isJoinerCodePoint(cp) || MARK.test(char)) return { cls: CharClass.Joiner, text: '', disguised: false, foreignLetter: false };
  const lookAlike = HOMOGLYPHS.get(cp);
  if (lookAlike !== undefined) {
    return { cls: classify(lookAlike), text: lookAlike, disguised: true, foreignLetter: CYRILLIC_OR_GREEK.test(char) };
  }
  const compatible = char.normalize('NFKC');
  if (compatible !== char) {
    const folded = stripMarks(compatible.toLowerCase());
    const viaLookAlike = folded.length === 1 ? HOMOGLYPHS.get(folded.codePointAt(0) as number) : undefined;
    const text = viaLookAlike ?? folded;
    const cls = classify(text);
    if (cls === CharClass.Letter || cls === CharClass.Digit) {
      return { cls, text, disguised: isAsciiAlnum(text), foreignLetter: false };
    }
  }
  if (PICTOGRAPH.test(char) || (cp >= 0x1f1e6 && cp <= 0x1f1ff)) {
    return { cls: CharClass.Emoji, text: char, disguised: false, foreignLetter: false };
  }
  if (LETTER.test(char)) {
    const text = stripMarks(char.toLowerCase());
    return { cls: CharClass.Letter, text, disguised: false, foreignLetter: CYRILLIC_OR_GREEK.test(char) };
  }
  return { cls: CharClass.Punct, text: char, disguised: false, foreignLetter: false };
}

function isAsciiAlnum(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return text.length > 0;
}

/** Cyrillic and Greek letters drawn exactly like a Latin letter; a word made only of them is a disguise. */
const EXACT_LOOK_ALIKES = new Set([...'АВЕКМНОРСТХаеорсхуіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϳ'].map((c) => c.codePointAt(0) as number));

export function isExactLookAlike(cp: number): boolean {
  return EXACT_LOOK_ALIKES.has(cp);
}

const ASCII: readonly FoldedChar[] = Array.from({ length: 0x80 }, (_, cp) => foldAscii(cp));
/** Bounds the memory of the cache on texts made of many distinct characters. */
const MAX_CACHED = 50_000;

/** Folds one code point: NFKC, lower case, diacritics removed, look-alike letters to Latin. */
export function foldCodePoint(cp: number): FoldedChar {
  if (cp < 0x80) return ASCII[cp];
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = foldNonAscii(cp);
    if (cache.size < MAX_CACHED) cache.set(cp, folded);
  }
  return folded;
}

/** Whether a word reads as a gambling site's name, alone (brandStrength) and in its text (nameStrength). */
import { LexemeFacts } from '../text/lexeme';
import type { Language } from '../types';
import gamblingLexicon from './lexicons/gambling.json';
import type { Unit } from './units';
import { hasDigit, isDigit } from '../text/digits';

const lexicon = gamblingLexicon.entries;
const BRAND_PARTS = lexicon.brandParts;
const BRAND_NUMBERS = new Set(lexicon.brandNumbers);
const MIN_BRAND_NAME = 3;
const MAX_BRAND_DIGITS = 4;
/** A year ("🚀LAUNCH2024🚀") is no site number. */
const MAX_DRESSED_DIGITS = 3;
/** Letter-only site names end like "agustoto", "teslatoto", "slotgacor". */
const NAME_ENDINGS = ['toto', 'slot', 'gacor', 'bet', 'judi', 'togel', 'win', 'qq', 'gaming'];
/** Last characters of NAME_ENDINGS: a word ending in another one needs no endsWith calls. */
const NAME_ENDING_LAST_CODES: ReadonlySet<number> = new Set(NAME_ENDINGS.map((ending) => ending.charCodeAt(ending.length - 1)));
const MIN_ENDING_NAME = 7;
const MIN_DISGUISED_NAME = 5;
const NON_BRAND_NAMES: ReadonlySet<string> = new Set(lexicon.nonBrandNames);
/** A name-shaped site ("MAWAR21", "Kenanga43") has at least this many letters: shorter ones are acronyms ("FIFA23", "NHL13"). */
const MIN_SHAPED_NAME = 5;
/** Two-digit years a job seeker may be born in ("rina92", "dimas03"): a handle's number, not a site's. */
const BIRTH_YEAR_FROM = 70;
const BIRTH_YEAR_TO = 9;
/** Discount codes end in round numbers ("HEMAT20", "CITRA10"). */
const ROUND_NUMBER = 5;
/** Gambling words hidden inside a disguised name ("𝑴𝑨𝑿𝑾𝑰𝑵𝑩𝑶𝑺"). */
const TERMS_IN_NAMES = ['maxwin', 'gacor', 'jackpot', 'scatter', 'judol'];

/**
 * How strongly a word reads as a gambling-site name. 'strong': disguised letters ("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗"),
 * or capitals / a site-name part with a lottery number ("KINGASIA77", "loyalbet88"); 'weak': the
 * shape alone ("Bowo88"), which needs a second signal; 'shaped': a name in capitals with a number that
 * is no year, version or discount ("MAWAR21"), a site unless the text sells or reports; 'handle': the
 * same name written like a person's or a handle ("Kenanga43", "kenanga43"), a site only beside money,
 * winning or play words.
 */
export type BrandStrength = 'none' | 'handle' | 'weak' | 'shaped' | 'strong';

const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** Lottery-style suffixes: "mona4d", "ambil4d". */
const DRAW_SUFFIXES = ['4d', '3d', '2d'];

/** Splits "aero88" into name "aero" and number "88", undoing leet inside the name ("kusumat0t0", "jet88bet"). */
function splitBrand(norm: string, oneDigit: boolean): { name: string; digits: string } | undefined {
  let text = '';
  for (const char of norm) if (char !== '-' && char !== '_' && char !== '.' && char !== ',' && char !== "'") text += char;
  const suffix = DRAW_SUFFIXES.find((s) => text.endsWith(s) && text.length > s.length) ?? '';
  if (suffix !== '') text = text.slice(0, -suffix.length);
  let name = '';
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (!isDigit(char)) {
      if (!(char >= 'a' && char <= 'z')) return undefined;
      name += char;
      continue;
    }
    const between = i > 0 && i + 1 < text.length && !isDigit(text[i - 1]) && !isDigit(text[i + 1]);
    const last = i === text.length - 1 && i > 0 && !isDigit(text[i - 1]) && !oneDigit;
    const leet = LEET_DIGITS[char];
    if ((between || last) && leet !== undefined) name += leet;
    else digits += char;
  }
  if (suffix === '' && digits.length === 1 && !oneDigit) return undefined;
  return { name, digits: suffix !== '' ? digits + suffix : digits };
}

const SPELLED_DIGITS: Readonly<Record<string, string>> = lexicon.spelledDigits;
const SPELLED_WORDS = Object.keys(SPELLED_DIGITS);
/** Spelled digit words by their last character: a word is compared only with those ending like it. */
const SPELLED_BY_LAST_CODE: ReadonlyMap<number, readonly string[]> = (() => {
  const byLast = new Map<number, string[]>();
  for (const word of SPELLED_WORDS) {
    const last = word.charCodeAt(word.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), word]);
  }
  return byLast;
})();
const MIN_SPELLED_LENGTH = Math.min(...SPELLED_WORDS.map((word) => word.length));
const MIN_SPELLED_DIGITS = 2;

/** The spelled digit word that ends text at `end` ("...tujuh"), or undefined. */
function spelledDigitBefore(text: string, end: number): string | undefined {
  const candidates = SPELLED_BY_LAST_CODE.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return undefined;
  for (const word of candidates) if (end >= word.length && text.startsWith(word, end - word.length)) return word;
  return undefined;
}

/** "melatidelapandelapan", "kenanga-tujuhtujuh": a name with its site number spelled onto it, a disguise. */
function spelledSiteNumber(norm: string): boolean {
  if (norm.length < MIN_BRAND_NAME + MIN_SPELLED_DIGITS * MIN_SPELLED_LENGTH) return false;
  let end = norm.length;
  let digits = '';
  for (let word = spelledDigitBefore(norm, end); word !== undefined; word = spelledDigitBefore(norm, end)) {
    digits = SPELLED_DIGITS[word] + digits;
    end -= word.length;
    if (norm[end - 1] === '-') end--;
  }
  return digits.length >= MIN_SPELLED_DIGITS && end >= MIN_BRAND_NAME && BRAND_NUMBERS.has(digits);
}

/** Whether value ends with one of the endings (with properSuffix, one shorter than value). Closure-free. */
function endsWithAny(value: string, endings: readonly string[], properSuffix: boolean): boolean {
  for (let k = 0; k < endings.length; k++) {
    if (value.endsWith(endings[k]) && (!properSuffix || value !== endings[k])) return true;
  }
  return false;
}

function hasNameEnding(norm: string): boolean {
  return NAME_ENDING_LAST_CODES.has(norm.charCodeAt(norm.length - 1)) && endsWithAny(norm, NAME_ENDINGS, false);
}

function includesAny(value: string, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (value.includes(parts[k])) return true;
  return false;
}

/** A number no handle, version or code would end in: two or three digits, not a birth year, not round. */
function siteLikeNumber(digits: string): boolean {
  if (digits.length < 2 || digits.length > MAX_DRESSED_DIGITS || !isDigit(digits[digits.length - 1])) return false;
  const value = Number(digits);
  if (digits.length === 2 && (value >= BIRTH_YEAR_FROM || value <= BIRTH_YEAR_TO)) return false;
  return value % ROUND_NUMBER !== 0;
}

/** "MAWAR21", "Kenanga43": a name written in capitals or capitalised, with a site-like number, that is no product, test or series. */
function nameShaped(unit: Unit, name: string, digits: string): boolean {
  if (!(unit.upperCase || unit.capitalised) || unit.innerCapital === true || name.length < MIN_SHAPED_NAME) return false;
  return siteLikeNumber(digits);
}

/**
 * "kenanga43": a name, then a site-like number, nothing else (no "the18th", no "3-4detik"). Written so,
 * it is a handle as often as a site: a site only with an advert's words around it.
 */
function handleShaped(norm: string, name: string, digits: string): boolean {
  return name.length >= MIN_SHAPED_NAME && norm.length === name.length + digits.length && trailingDigits(norm) === digits && siteLikeNumber(digits);
}

export function brandStrength(unit: Unit): BrandStrength {
  const strength = wordStrength(unit);
  // "⭐☂⚓♠✈☘41": emoji for letters, then the site's number.
  const masked = unit.maskedName === true && strength !== 'strong' && siteLikeNumber(trailingDigits(unit.norm));
  return masked ? 'shaped' : strength;
}

function trailingDigits(norm: string): string {
  let from = norm.length;
  while (from > 0 && isDigit(norm[from - 1])) from--;
  return norm.slice(from);
}

/**
 * What a word written in plain letters (not disguised, not dressed) is by its norm alone: 'strong'
 * or 'none', or undefined when the rest of wordStrength decides (a digit, or a site-name ending).
 */
function plainWordStrength(norm: string): BrandStrength | undefined {
  if (hasDigit(norm)) return undefined;
  // Plain letters: only a site-name ending ("agustoto", "pulauwin") or a number spelled onto the name ("KENANGA-TUJUHTUJUH") can make a brand.
  if (spelledSiteNumber(norm)) return 'strong';
  if (norm.length < MIN_ENDING_NAME || !hasNameEnding(norm)) return 'none';
  return undefined;
}

/** plainWordStrength of a unit's norm, kept on its lexeme (null: undefined). */
const PLAIN_WORD_STRENGTH = new LexemeFacts((norm): BrandStrength | null => plainWordStrength(norm) ?? null);

function wordStrength(unit: Unit): BrandStrength {
  if (unit.kind !== 'word' || unit.norm.length < MIN_BRAND_NAME) return 'none';
  if (!unit.obfuscated && unit.decorated !== true) {
    const plain = PLAIN_WORD_STRENGTH.of(unit.lexeme);
    if (plain !== null) return plain;
  }
  // Disguised letters with one digit ("ＭΛＮDALIKΛ𝟟") are a site name; plain ones ("python3") are not.
  const parts = splitBrand(unit.norm, unit.obfuscated && unit.norm.length >= MIN_ENDING_NAME);
  if (parts === undefined || parts.name.length < MIN_BRAND_NAME) return 'none';
  const { name, digits } = parts;
  if (digits.length > 0) {
    if (digits.length > MAX_BRAND_DIGITS) return 'none';
    const gamblingNumber = BRAND_NUMBERS.has(digits) || endsWithAny(digits, DRAW_SUFFIXES, false);
    // Dressed in emoji or symbols ("💎ALEXIS17💎"), a name with a short number is an advert, not a handle.
    const dressed = unit.decorated === true && digits.length <= MAX_DRESSED_DIGITS;
    if (unit.obfuscated || dressed || (gamblingNumber && (unit.upperCase || includesAny(name, BRAND_PARTS)))) return 'strong';
    // "COVID19", "Windows11": a product, test or series with its number.
    if (!gamblingNumber && NON_BRAND_NAMES.has(name)) return 'none';
    // In capitals ("MAWAR21") a name with a number is a site's; capitalised ("Sinta21") it is as often a friend's, read like a handle.
    if (!gamblingNumber && nameShaped(unit, name, digits)) return unit.upperCase ? 'shaped' : 'handle';
    // Capitals alone make a site only of a name, not of an acronym with a year ("FIFA23").
    const namedInCapitals = unit.upperCase && name.length >= MIN_SHAPED_NAME;
    if (namedInCapitals || gamblingNumber || includesAny(name, BRAND_PARTS)) return 'weak';
    // "DevFest22", "PyCon23": capitals inside a name are how events and products are written, not handles.
    return unit.innerCapital !== true && handleShaped(unit.norm, name, digits) ? 'handle' : 'none';
  }
  if (unit.obfuscated && name.length >= MIN_DISGUISED_NAME && (includesAny(name, BRAND_PARTS) || includesAny(name, TERMS_IN_NAMES))) {
    return 'strong';
  }
  if (unit.decorated === true && unit.upperCase && name.length >= MIN_ENDING_NAME && includesAny(name, BRAND_PARTS)) return 'strong';
  const ending = name.length >= MIN_ENDING_NAME && endsWithAny(name, NAME_ENDINGS, true);
  return ending ? (unit.upperCase || unit.obfuscated ? 'strong' : 'weak') : 'none';
}

const COMMERCE_WORDS: ReadonlySet<string> = new Set(lexicon.commerceWords);
const NAMED_THINGS: ReadonlySet<string> = new Set(lexicon.namedThings);
/** Words that put the reader at a place ("di", "ke"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(lexicon.placeWords);

/**
 * A name with a number that names something else: introduced by what it is ("produk Nusantara21",
 * "tim Garuda17"), the last word of a longer name ("Kopi Senja12"), or a name followed by its place
 * ("DevFest22 Bandung").
 */
function namesSomethingElse(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  if (next !== undefined && next.sentence === units[i].sentence && next.capitalised && !units[i].upperCase) return true;
  if (i === 0) return false;
  const previous = units[i - 1];
  if (previous.sentence !== units[i].sentence) return false;
  if (NAMED_THINGS.has(previous.norm)) return true;
  // "lomba di GEMASTIK17", "conference at PyCon23": the thing, a place word, then its name.
  const beforePlace = i >= 2 && PLACE_WORDS.has(previous.norm) ? units[i - 2] : undefined;
  if (beforePlace !== undefined && beforePlace.sentence === previous.sentence && NAMED_THINGS.has(beforePlace.norm)) return true;
  const sentenceStart = i < 2 || units[i - 2].sentence !== previous.sentence;
  const written = (unit: Unit): boolean => unit.capitalised || unit.upperCase;
  return !sentenceStart && written(previous) && written(units[i]);
}

/**
 * What a site-shaped word that is not disguised is in its text: a discount code or another thing's
 * name, a possible site only in English (Indonesian sites advertise in Indonesian), or a site.
 */
export function nameStrength(strength: BrandStrength, units: readonly Unit[], i: number, language: Language, shop: boolean): BrandStrength {
  if (shop || namesSomethingElse(units, i)) return 'none';
  return language === 'en' && strength === 'shaped' ? 'weak' : strength;
}

/** A shop's text: a discount word ("diskon", "checkout") makes a name with a number a code. */
export function sellsWithCodes(units: readonly Unit[]): boolean {
  for (let i = 0; i < units.length; i++) if (COMMERCE_WORDS.has(units[i].norm)) return true;
  return false;
}

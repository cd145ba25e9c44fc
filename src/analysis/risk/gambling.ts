import { ENGLISH_WORDS } from '../text/vocabulary';
import type { Language } from '../types';
import gamblingLexicon from './lexicons/gambling.json';
import { unitsHit, type SentenceHit } from './hits';
import { PhraseMatcher, phraseNorms, registerLexiconWords } from './phrases';
import type { Unit } from './units';

const lexicon = gamblingLexicon.entries;
const STRONG = new PhraseMatcher(lexicon.strong);
const WEAK = new PhraseMatcher(lexicon.weak);
const CLEAN = new PhraseMatcher(lexicon.clean);
const AGAINST = new PhraseMatcher(lexicon.against);
const CONTEXT = new Set(lexicon.context.flatMap((entry) => phraseNorms(entry)));
registerLexiconWords(CONTEXT);
/** In English text, English words ("main", "win", "deposit") are not Indonesian gambling cues. */
const CONTEXT_IN_ENGLISH = new Set([...CONTEXT].filter((word) => !ENGLISH_WORDS.has(word)));
const BRAND_PARTS = lexicon.brandParts;
const BRAND_NUMBERS = new Set(lexicon.brandNumbers);
const MIN_BRAND_NAME = 3;
const MAX_BRAND_DIGITS = 4;
/** Letter-only site names end like "agustoto", "teslatoto", "slotgacor". */
const NAME_ENDINGS = ['toto', 'slot', 'gacor', 'bet', 'judi', 'togel', 'win', 'qq', 'gaming'];
const MIN_ENDING_NAME = 7;
const MIN_DISGUISED_NAME = 5;
/** Gambling words hidden inside a disguised name ("𝑴𝑨𝑿𝑾𝑰𝑵𝑩𝑶𝑺"). */
const TERMS_IN_NAMES = ['maxwin', 'gacor', 'jackpot', 'scatter', 'judol'];

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/**
 * How strongly a word reads as a gambling-site name. 'strong': disguised letters ("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗"),
 * or capitals / a site-name part with a lottery number ("KINGASIA77", "loyalbet88"); 'weak': the
 * shape alone ("Bowo88"), which needs a second signal.
 */
export type BrandStrength = 'none' | 'weak' | 'strong';

const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** Lottery-style suffixes: "mona4d", "ambil4d". */
const DRAW_SUFFIXES = ['4d', '3d', '2d'];

/** Splits "aero88" into name "aero" and number "88", undoing leet inside the name ("kusumat0t0", "jet88bet"). */
function splitBrand(norm: string): { name: string; digits: string } | undefined {
  let text = '';
  for (const char of norm) if (char !== '-' && char !== '_' && char !== '.' && char !== "'") text += char;
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
    const last = i === text.length - 1 && i > 0 && !isDigit(text[i - 1]);
    const leet = LEET_DIGITS[char];
    if ((between || last) && leet !== undefined) name += leet;
    else digits += char;
  }
  if (suffix === '' && digits.length === 1) return undefined;
  return { name, digits: suffix !== '' ? digits + suffix : digits };
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text[i])) return true;
  return false;
}

export function brandStrength(unit: Unit): BrandStrength {
  if (unit.kind !== 'word' || unit.norm.length < MIN_BRAND_NAME) return 'none';
  if (!unit.obfuscated && !hasDigit(unit.norm)) {
    // Plain letters: only a site-name ending ("agustoto", "pulauwin") can make a brand.
    const norm = unit.norm;
    const ending = norm.length >= MIN_ENDING_NAME && NAME_ENDINGS.some((end) => norm.endsWith(end));
    if (!ending) return 'none';
  }
  const parts = splitBrand(unit.norm);
  if (parts === undefined || parts.name.length < MIN_BRAND_NAME) return 'none';
  const { name, digits } = parts;
  const hasPart = (): boolean => BRAND_PARTS.some((part) => name.includes(part));
  if (digits.length > 0) {
    if (digits.length > MAX_BRAND_DIGITS) return 'none';
    const gamblingNumber = BRAND_NUMBERS.has(digits) || DRAW_SUFFIXES.some((s) => digits.endsWith(s));
    if (unit.obfuscated || (gamblingNumber && (unit.upperCase || hasPart()))) return 'strong';
    return unit.upperCase || gamblingNumber || hasPart() ? 'weak' : 'none';
  }
  if (unit.obfuscated && name.length >= MIN_DISGUISED_NAME && (hasPart() || TERMS_IN_NAMES.some((term) => name.includes(term)))) {
    return 'strong';
  }
  const ending = name.length >= MIN_ENDING_NAME && NAME_ENDINGS.some((end) => name.endsWith(end) && name !== end);
  return ending ? (unit.upperCase || unit.obfuscated ? 'strong' : 'weak') : 'none';
}

/** Single-word gambling terms, for counting "situs gacor" as two signals and "judi online" as one. */
const SINGLE_TERMS = new Set([...lexicon.strong, ...lexicon.weak].filter((entry) => phraseNorms(entry).length === 1).flatMap(phraseNorms));

function termsIn(units: readonly Unit[], from: number, to: number): number {
  let terms = 0;
  for (let i = from; i < to; i++) if (SINGLE_TERMS.has(units[i].norm)) terms++;
  return Math.max(1, terms);
}

function coveredBy(matcher: PhraseMatcher, units: readonly Unit[]): Set<number> {
  const covered = new Set<number>();
  for (const match of matcher.findAll(units)) for (let j = match.from; j < match.to; j++) covered.add(j);
  return covered;
}

/**
 * Online-gambling promotion: a gambling term needs a second signal (another term, a site name,
 * money or winning words, a call to play); "slot" alone ("time slot") stays clean.
 */
export function detectGambling(units: readonly Unit[], language: Language): SentenceHit[] {
  const contextWords = language === 'en' ? CONTEXT_IN_ENGLISH : CONTEXT;
  const clean = coveredBy(CLEAN, units);
  const evidence: { from: number; to: number }[] = [];
  let strong = 0;
  let weak = 0;
  let brands = 0;
  let obfuscated = 0;
  for (const match of STRONG.findAll(units)) {
    if (clean.has(match.from)) continue;
    strong += termsIn(units, match.from, match.to);
    evidence.push(match);
    if (units[match.from].obfuscated) obfuscated++;
  }
  const strongAt = coveredBy(STRONG, units);
  const weakAt = new Set<number>();
  for (const match of WEAK.findAll(units)) {
    if (clean.has(match.from) || strongAt.has(match.from)) continue;
    if (language === 'en' && match.to - match.from === 1 && ENGLISH_WORDS.has(units[match.from].norm)) continue;
    weak++;
    evidence.push(match);
    for (let j = match.from; j < match.to; j++) weakAt.add(j);
    if (units[match.from].obfuscated) obfuscated++;
  }
  let context = 0;
  let strongBrands = 0;
  units.forEach((unit, i) => {
    const strength = strongAt.has(i) ? 'none' : brandStrength(unit);
    if (strength !== 'none') {
      brands++;
      if (strength === 'strong') strongBrands++;
      evidence.push({ from: i, to: i + 1 });
    } else if (contextWords.has(unit.norm) && !clean.has(i) && !weakAt.has(i) && !strongAt.has(i)) {
      context++;
    }
  });
  // A strong site name needs no other signal: nobody writes "𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖" but to dodge filters.
  const promotes =
    strongBrands >= 1 ||
    strong >= 2 ||
    (strong >= 1 && weak + brands + context + obfuscated >= 1) ||
    (brands >= 1 && weak + context >= 1) ||
    (weak >= 1 && (obfuscated >= 1 || context >= 2 || weak >= 2));
  if (!promotes) return [];
  if (brands === 0 && AGAINST.occursIn(units)) return [];
  return evidence.map((span) => unitsHit('gambling', 'critical', 'gambling.promotion', units, span.from, span.to));
}

import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { AnalyzedText } from '../text/types';
import type { Platform } from '../types';
import personalLexicon from './lexicons/personal-data.json';
import { hit, unitsHit, type SentenceHit } from './hits';
import { PhraseMatcher, phraseNorms } from './phrases';
import { inSentence, type Unit } from './units';
import { digitCount as digitsIn, isDigitCode } from '../text/digits';
import { LexemeFacts } from '../text/lexeme';

const lexicon = personalLexicon.entries;
const BANK_CUES = new PhraseMatcher(lexicon.bankCues);
const ID_CUES = new PhraseMatcher(lexicon.idCues);
const STREET_WORDS = new Set(lexicon.streetWords.flatMap((entry) => phraseNorms(entry)));
const RT_WORD = 1;
const STREET_WORD = 2;
/** Which address start ("RT", a street word) a norm is, kept on each lexeme: every unit of a text is asked, with no string comparison. */
const ADDRESS_START = new LexemeFacts((norm): number => (norm === 'rt' ? RT_WORD : 0) | (STREET_WORDS.has(norm) ? STREET_WORD : 0));
const NUMBER_WORDS = new Set(lexicon.numberWords.flatMap((entry) => phraseNorms(entry)));
const CUE_WINDOW = 5;
const MIN_RUN_DIGITS = 8;
const STREET_WINDOW = 8;
const MONEY_PREFIXES = ['rp', 'idr', 'usd', '$', '€', '£'];

interface DigitRun {
  start: number;
  end: number;
  digits: string;
  text: string;
  /** Written in groups of four ("4111 1111 1111 1111"). */
  groupsOfFour: boolean;
}

function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSeparatorCode(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29;
}

/** Where a digit run may start: the scan jumps from one to the next (RegExp test scans natively and builds no match). */
const RUN_START = /[0-9+(]/g;

/** Runs of digits with single separators between groups ("0812-3456-7890", "+62 812 3456 7890"). */
function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    RUN_START.lastIndex = i;
    if (!RUN_START.test(text)) break;
    i = RUN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    const startsRun = isDigitCode(c) || ((c === 0x2b || c === 0x28) && isDigitCode(text.charCodeAt(i + 1)));
    if (!startsRun || (i > 0 && (isLetterCode(text.charCodeAt(i - 1)) || isDigitCode(text.charCodeAt(i - 1))))) {
      i++;
      continue;
    }
    let end = i + 1;
    let digits = isDigitCode(c) ? text[i] : '';
    const groups: number[] = [];
    let group = digits.length;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (isDigitCode(d)) {
        digits += text[end];
        group++;
        end++;
        continue;
      }
      let gap = end;
      while (gap < text.length && gap - end < 2 && isSeparatorCode(text.charCodeAt(gap))) gap++;
      if (gap === end || !isDigitCode(text.charCodeAt(gap))) break;
      if (group > 0) groups.push(group);
      group = 0;
      end = gap;
    }
    if (group > 0) groups.push(group);
    if (!(end < text.length && isLetterCode(text.charCodeAt(end)))) {
      const groupsOfFour = groups.length >= 3 && groups.every((size) => size === 4);
      runs.push({ start: i, end, digits, text: text.slice(i, end), groupsOfFour });
    }
    i = end;
  }
  return runs;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = digits.charCodeAt(digits.length - 1 - i) - 0x30;
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

function afterMoneyPrefix(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).toLowerCase().trimEnd();
  return MONEY_PREFIXES.some((prefix) => before.endsWith(prefix));
}

/** Bound on the remembered phone checks: profiles repeat the same few numbers. */
export const MAX_PHONE_CACHE = 1024;
const phoneCheckByRunText = new Map<string, boolean>();

/** libphonenumber's verdict on a run's text, remembered (bounded: cleared when full). */
function isValidPhoneText(runText: string): boolean {
  const known = phoneCheckByRunText.get(runText);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(runText, 'ID');
  const valid = parsed !== undefined && parsed.isValid();
  if (phoneCheckByRunText.size >= MAX_PHONE_CACHE) phoneCheckByRunText.clear();
  phoneCheckByRunText.set(runText, valid);
  return valid;
}

/** Length and prefix of a phone number: international, or Indonesian (0..., 62...). */
function hasPhoneShape(run: Pick<DigitRun, 'digits' | 'text'>): boolean {
  if (run.digits.length < 9 || run.digits.length > 15) return false;
  return run.text.startsWith('+') || run.digits.startsWith('0') || run.digits.startsWith('62');
}

export function isPhoneNumber(run: Pick<DigitRun, 'digits' | 'text'>): boolean {
  return hasPhoneShape(run) && isValidPhoneText(run.text);
}

/** The uncached check, kept so tests can show the cached one agrees with it. */
export function isPhoneNumberUncached(run: Pick<DigitRun, 'digits' | 'text'>): boolean {
  if (!hasPhoneShape(run)) return false;
  const parsed = parsePhoneNumberFromString(run.text, 'ID');
  return parsed !== undefined && parsed.isValid();
}

/** Indonesian NIK: 16 digits starting with a province code (11-94). */
function looksLikeNik(digits: string): boolean {
  const province = Number(digits.slice(0, 2));
  return digits.length === 16 && province >= 11 && province <= 94;
}

function cueBefore(cueUnits: Uint8Array, units: readonly Unit[], unitIndex: number): boolean {
  const sentence = unitIndex < units.length ? units[unitIndex].sentence : units[units.length - 1]?.sentence;
  for (let j = unitIndex - 1; j >= 0 && unitIndex - j <= CUE_WINDOW; j--) {
    if (units[j].sentence !== sentence) return false;
    if (cueUnits[j] === 1) return true;
  }
  return false;
}

/** Per-unit flags: 1 where one of the matcher's phrases covers the unit. */
function coveredBy(matcher: PhraseMatcher, units: readonly Unit[]): Uint8Array {
  const covered = new Uint8Array(units.length);
  for (const match of matcher.findAll(units)) for (let j = match.from; j < match.to; j++) covered[j] = 1;
  return covered;
}

function sentenceAt(text: AnalyzedText, offset: number): number {
  let low = 0;
  let high = text.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = text.sentences[middle];
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

function classifyRun(run: DigitRun, bankCue: boolean, idCue: boolean): 'bank' | 'nik' | 'card' | 'phone' | undefined {
  const length = run.digits.length;
  if (bankCue && length >= 8 && length <= 16) return 'bank';
  if (idCue && length >= 8 && length <= 20) return 'nik';
  const card = length >= 13 && length <= 19 && '3456'.includes(run.digits[0]) && luhnValid(run.digits);
  if (card && (length !== 16 || run.groupsOfFour || !looksLikeNik(run.digits))) return 'card';
  if (length === 16 && looksLikeNik(run.digits)) return 'nik';
  if (isPhoneNumber(run)) return 'phone';
  return undefined;
}

/** Digits in number tokens: fewer than eight cannot make a phone, account or ID number. */
function digitCount(text: AnalyzedText): number {
  let digits = 0;
  for (const token of text.tokens) {
    if (token.kind !== 'number') continue;
    digits += digitsIn(token.norm);
  }
  return digits;
}

function numberHits(text: AnalyzedText, units: readonly Unit[]): SentenceHit[] {
  if (digitCount(text) < MIN_RUN_DIGITS) return [];
  const bankUnits = coveredBy(BANK_CUES, units);
  const idUnits = coveredBy(ID_CUES, units);
  const hits: SentenceHit[] = [];
  let unitIndex = 0;
  for (const run of findDigitRuns(text.original)) {
    if (run.digits.length < MIN_RUN_DIGITS || afterMoneyPrefix(text.original, run.start)) continue;
    while (unitIndex < units.length && units[unitIndex].end <= run.start) unitIndex++;
    const kind = classifyRun(run, cueBefore(bankUnits, units, unitIndex), cueBefore(idUnits, units, unitIndex));
    if (kind === undefined) continue;
    const sentence = sentenceAt(text, run.start);
    if (kind === 'phone') hits.push(hit('personal_data', 'warning', 'personal_data.phone', run.start, run.end, sentence));
    else hits.push(hit('personal_data', 'critical', `personal_data.${kind}`, run.start, run.end, sentence));
  }
  return hits;
}

function startsUpperCase(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0x41 && c <= 0x5a;
}

const MAX_HOUSE_NUMBER_DIGITS = 5;

/** "12" in "12 Baker Street": one to five ASCII digits and nothing else. */
function isHouseNumber(norm: string): boolean {
  if (norm.length === 0 || norm.length > MAX_HOUSE_NUMBER_DIGITS) return false;
  for (let i = 0; i < norm.length; i++) if (!isDigitCode(norm.charCodeAt(i))) return false;
  return true;
}

const STREET_SUFFIXES: readonly string[] = ['street', 'road', 'avenue', 'lane', 'drive', 'boulevard'];

/** "RT 03", "RT 03/RW 05": the end of the neighbourhood number after "RT" at i, or -1. */
function neighbourhoodEnd(units: readonly Unit[], i: number): number {
  if (!inSentence(units, i, i + 1) || units[i + 1].kind !== 'number') return -1;
  return inSentence(units, i, i + 3) && units[i + 2].norm === 'rw' && units[i + 3].kind === 'number' ? i + 4 : i + 2;
}

/** "Jl. Melati No. 12": a street word at i, a capitalised name, then a number word and its number; the end, or -1. */
function streetEnd(original: string, units: readonly Unit[], i: number): number {
  if (!inSentence(units, i, i + 1) || !startsUpperCase(original, units[i + 1].start)) return -1;
  for (let j = i + 1; j < i + STREET_WINDOW && inSentence(units, i, j + 1); j++) {
    if (NUMBER_WORDS.has(units[j].norm) && units[j + 1].kind === 'number') return j + 2;
  }
  return -1;
}

/** "12 Baker Street": a house number at i, capitalised words, then a street suffix; the end, or -1. */
function houseEnd(original: string, units: readonly Unit[], i: number): number {
  for (let j = i + 1; j <= i + 3 && inSentence(units, i, j); j++) {
    if (!startsUpperCase(original, units[j].start)) return -1;
    if (STREET_SUFFIXES.includes(units[j].norm) && j > i + 1) return j + 1;
  }
  return -1;
}

/** "Jl. Melati No. 12", "RT 03/RW 05", "12 Baker Street". */
function addressHits(text: AnalyzedText, units: readonly Unit[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const start = ADDRESS_START.of(unit.lexeme);
    let end = -1;
    if ((start & RT_WORD) !== 0) end = neighbourhoodEnd(units, i);
    else if ((start & STREET_WORD) !== 0) end = streetEnd(text.original, units, i);
    else if (unit.kind === 'number' && isHouseNumber(unit.norm)) end = houseEnd(text.original, units, i);
    if (end === -1) continue;
    hits.push(unitsHit('personal_data', 'warning', 'personal_data.address', units, i, end));
    i = end - 1;
  }
  return hits;
}

/** Where a contact e-mail address is expected and no oversharing. */
const CONTACT_PLATFORMS: ReadonlySet<Platform> = new Set(['linkedin', 'github', 'website']);

function emailHits(text: AnalyzedText, platform: Platform): SentenceHit[] {
  if (CONTACT_PLATFORMS.has(platform)) return [];
  return text.tokens
    .filter((token) => token.kind === 'email')
    .map((token) => hit('personal_data', 'info', 'personal_data.email', token.start, token.end, sentenceAt(text, token.start)));
}

/** Phone numbers, e-mail addresses, street addresses, NIK, bank account and card numbers. */
export function detectPersonalData(text: AnalyzedText, units: readonly Unit[], platform: Platform): SentenceHit[] {
  return [...numberHits(text, units), ...emailHits(text, platform), ...addressHits(text, units)];
}

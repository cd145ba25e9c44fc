import { detectLanguage } from '../text/language';
import { LexemeFacts } from '../text/lexeme';
import type { Language, Profile, ReportLocale } from '../types';
import { contentFields, type ProfileField } from './fields';
import functionWords from './lexicon/function-words.json';

const DOMINANT_SHARE = 0.75;
const ENGLISH_FUNCTION: ReadonlySet<string> = new Set(functionWords.entries.en);
const INDONESIAN_FUNCTION: ReadonlySet<string> = new Set(functionWords.entries.id);
/** Both grammars carry the text when the minority's share of function words is at least this. */
const MIXED_GRAMMAR_SHARE = 0.1;
/** Fewer function words than this say nothing about grammar (a headline of titles and tools). */
const MIN_FUNCTION_WORDS = 8;

const LOANWORDS: ReadonlySet<string> = new Set(functionWords.entries.loanwords);

const ENGLISH = 1;
const INDONESIAN = 2;
/** Which function-word list a form is on (English first), kept on the lexeme: one field read per word. */
const FUNCTION_WORD = new LexemeFacts((norm): number => (ENGLISH_FUNCTION.has(norm) ? ENGLISH : INDONESIAN_FUNCTION.has(norm) ? INDONESIAN : 0));
const IS_LOANWORD = new LexemeFacts((norm) => LOANWORDS.has(norm));

/**
 * The field's language from its scoring tokens without everyday loanwords, so that neither a
 * protected self-description nor "order", "customer" or "ready" in an Indonesian post switches it.
 */
function fieldLanguage(field: ProfileField): Language {
  const unprotected = field.text.protectedSpans.length === 0;
  // Leaving English loanwords out can only move a mixed text towards Indonesian: nothing else is read again.
  if (unprotected && field.text.language !== 'mixed') return field.text.language;
  const tokens = field.text.scoringTokens;
  const skipped = new Map<number, string>();
  tokens.forEach((token, index) => {
    if (IS_LOANWORD.of(token.lexeme)) skipped.set(index, token.norm);
  });
  if (unprotected && skipped.size === 0) return field.text.language;
  return detectLanguage(tokens, () => scoringText(field), skipped);
}

/** What one field says about its language, read once per profile (the primary and each source's vote reuse it). */
interface FieldReading {
  english: number;
  indonesian: number;
  language?: Language;
}

/** The fields' readings for one profileLanguage call: each field's function words counted and its language judged once. */
class FieldReadings {
  private readonly byField = new Map<ProfileField, FieldReading>();

  of(field: ProfileField): FieldReading {
    let reading = this.byField.get(field);
    if (reading === undefined) {
      reading = functionWordCounts(field);
      this.byField.set(field, reading);
    }
    return reading;
  }

  language(field: ProfileField): Language {
    const reading = this.of(field);
    reading.language ??= fieldLanguage(field);
    return reading.language;
  }
}

function functionWordCounts(field: ProfileField): FieldReading {
  let english = 0;
  let indonesian = 0;
  for (const token of field.words) {
    const list = FUNCTION_WORD.of(token.lexeme);
    if (list === ENGLISH) english += 1;
    else if (list === INDONESIAN) indonesian += 1;
  }
  return { english, indonesian };
}

/** English share of the function words in the fields; undefined when there are too few. */
function grammarShare(fields: readonly ProfileField[], readings: FieldReadings): number | undefined {
  let english = 0;
  let indonesian = 0;
  for (const field of fields) {
    const reading = readings.of(field);
    english += reading.english;
    indonesian += reading.indonesian;
  }
  const total = english + indonesian;
  return total < MIN_FUNCTION_WORDS ? undefined : english / total;
}

interface LanguageTally {
  en: number;
  id: number;
}

/** The field's text without its protected spans (what the scorers may look at). */
function scoringText(field: ProfileField): string {
  return field.text.scoringTokens.map((token) => field.text.original.slice(token.start, token.end)).join(' ');
}

function tally(fields: readonly ProfileField[], readings: FieldReadings): LanguageTally {
  const counts: LanguageTally = { en: 0, id: 0 };
  for (const field of fields) {
    const words = field.words.length;
    // Judged on scoring tokens so that a protected self-description cannot switch the report's language.
    const language = readings.language(field);
    if (language === 'en') counts.en += words;
    else if (language === 'id') counts.id += words;
    else if (language === 'mixed') {
      counts.en += words / 2;
      counts.id += words / 2;
    }
  }
  return counts;
}

/**
 * Grammar first: when both languages' function words carry real shares, the text is mixed whatever
 * its loanwords. Otherwise a word-weighted vote of the fields' languages (a mixed field counts half
 * to each side) decides.
 */
function languageOf(fields: readonly ProfileField[], readings: FieldReadings): Language {
  const grammar = grammarShare(fields, readings);
  if (grammar !== undefined && grammar >= MIXED_GRAMMAR_SHARE && grammar <= 1 - MIXED_GRAMMAR_SHARE) return 'mixed';
  const counts = tally(fields, readings);
  const total = counts.en + counts.id;
  if (total === 0) return 'other';
  const englishShare = counts.en / total;
  if (englishShare >= DOMINANT_SHARE) return 'en';
  if (englishShare <= 1 - DOMINANT_SHARE) return 'id';
  return 'mixed';
}

export function profileLanguage(profile: Profile, fields: readonly ProfileField[]): { primary: Language; sources: { source: number; language: Language }[] } {
  const content = contentFields(fields);
  const readings = new FieldReadings();
  return {
    primary: languageOf(content, readings),
    sources: profile.sources.map((_, source) => ({ source, language: languageOf(content.filter((field) => field.source === source), readings) })),
  };
}

export function chooseLocale(requested: ReportLocale | undefined, profile: Profile, primary: Language): ReportLocale {
  return requested ?? profile.locale ?? (primary === 'id' || primary === 'mixed' ? 'id' : 'en');
}

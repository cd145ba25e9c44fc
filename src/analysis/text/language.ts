import { detectAll } from 'tinyld';
import type { Language } from '../types';
import { LexemeFacts } from './lexeme';
import type { Token } from './types';
import { ENGLISH_WORDS, INDONESIAN_WORDS } from './vocabulary';

const INDONESIAN = 1;
const ENGLISH = 2;
/** Both word lists in one table, Indonesian first (a word on both lists counts as Indonesian): one lookup per word. */
const WORD_LANGUAGE: ReadonlyMap<string, number> = new Map([
  ...[...ENGLISH_WORDS].map((word): [string, number] => [word, ENGLISH]),
  ...[...INDONESIAN_WORDS].map((word): [string, number] => [word, INDONESIAN]),
]);

/** Which list a word is on (0: neither); a multi-word slang reading ("tidak ada") counts by its first word. */
const LEXEME_LANGUAGE = new LexemeFacts((norm): number => {
  const known = WORD_LANGUAGE.get(norm);
  if (known !== undefined) return known;
  return norm.includes(' ') && INDONESIAN_WORDS.has(norm.slice(0, norm.indexOf(' '))) ? INDONESIAN : 0;
});

const MIXED_MINORITY_SHARE = 0.15;
const MIN_KNOWN_SHARE = 0.3;
/** tinyld is weak on short and mixed text: asked only about longer texts our word lists cannot place. */
const TIE_BREAK_MIN_WORDS = 8;
const TIE_BREAK_MAX_CHARS = 2_000;
const TIE_BREAK_MIN_ACCURACY = 0.5;

function tieBreak(original: string): Language {
  const best = detectAll(original.slice(0, TIE_BREAK_MAX_CHARS))[0];
  if (best === undefined || best.accuracy < TIE_BREAK_MIN_ACCURACY) return 'other';
  if (best.lang === 'en') return 'en';
  if (best.lang === 'id' || best.lang === 'ms') return 'id';
  return 'other';
}

/** The language of a text from its known English and Indonesian words; code-mixing is 'mixed'. */
/**
 * `ambiguous`: indexes of tokens whose reading depends on the language; they are not counted.
 * `original`: the text tinyld is asked about, or how to build it (built only when the words cannot decide).
 */
export function detectLanguage(
  tokens: readonly Token[],
  original: string | (() => string),
  ambiguous: ReadonlyMap<number, string> = new Map(),
): Language {
  let words = 0;
  let english = 0;
  let indonesian = 0;
  const checkAmbiguous = ambiguous.size > 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== 'word' || (checkAmbiguous && ambiguous.has(index))) continue;
    words++;
    const known = LEXEME_LANGUAGE.of(token.lexeme);
    if (known === INDONESIAN) indonesian++;
    else if (known === ENGLISH) english++;
  }
  const known = english + indonesian;
  if (known === 0 || known < words * MIN_KNOWN_SHARE) {
    return words >= TIE_BREAK_MIN_WORDS ? tieBreak(typeof original === 'string' ? original : original()) : 'other';
  }
  const indonesianShare = indonesian / known;
  if (indonesianShare >= 1 - MIXED_MINORITY_SHARE) return 'id';
  if (indonesianShare <= MIXED_MINORITY_SHARE) return 'en';
  return 'mixed';
}

/** Polarity of Indonesian words from the hand-written id-polarity lexicon, matched through stems. */
import idPolarity from './lexicons/id-polarity.json';
import { indonesianStems } from './stems';

const POSITIVE: ReadonlySet<string> = new Set(idPolarity.entries.positive);
const NEGATIVE: ReadonlySet<string> = new Set(idPolarity.entries.negative);
/** The lexicon's two-word entries ("luar biasa"), matched across two tokens. */
export const INDONESIAN_PHRASES: ReadonlySet<string> = new Set(
  [...POSITIVE, ...NEGATIVE].filter((entry) => entry.includes(' ')),
);

/** Every word (or words) an entry of INDONESIAN_PHRASES starts with before a space ("luar" of "luar biasa"). */
export const INDONESIAN_PHRASE_HEADS: ReadonlySet<string> = new Set(
  [...INDONESIAN_PHRASES].flatMap((phrase) => {
    const heads: string[] = [];
    for (let space = phrase.indexOf(' '); space !== -1; space = phrase.indexOf(' ', space + 1)) heads.push(phrase.slice(0, space));
    return heads;
  }),
);

/** Polarity by word, so each distinct word is stemmed once; cleared when full to bound memory. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
/** Longer than any lexicon entry with affixes; such tokens are never sentiment words. */
const MAX_WORD_LENGTH = 40;

/** +1 for a positive word, -1 for a negative one, 0 otherwise. The whole form wins over its stems. */
export function indonesianPolarity(word: string): number {
  if (word.length > MAX_WORD_LENGTH) return 0;
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const polarity = lookUpPolarity(word);
  cache.set(word, polarity);
  return polarity;
}

function lookUpPolarity(word: string): number {
  const parts = word.includes(' ') ? [word, ...word.split(' ')] : [word];
  for (const part of parts) {
    for (const stem of indonesianStems(part)) {
      if (POSITIVE.has(stem)) return 1;
      if (NEGATIVE.has(stem)) return -1;
    }
  }
  return 0;
}

import type { ProfileField } from '../profile/fields';
import { isCapitalised } from '../text/case';
import { KNOWN_WORDS } from '../text/vocabulary';
import type { Span, Token } from '../text/types';
import nameCueLexicon from './lexicon/name-cues.json';

export const NAME_MARK = '[name]';
const NAME_CUES: ReadonlySet<string> = new Set(nameCueLexicon.entries);
/** Punctuation after a lone name that sets it off from the sentence. */
const SET_OFF: ReadonlySet<string> = new Set([',', ':', '(', ';']);
/** Capitalised words in a row a person's name may hold ("Rini Astuti Putri"). */
const MAX_NAME_WORDS = 4;

function nameWord(text: string, token: Token | undefined, end: number): token is Token {
  return token !== undefined && token.end <= end && token.kind === 'word' && isCapitalised(text, token.start, token.end) && !NAME_CUES.has(token.norm);
}

/**
 * Names of people inside [from, to) of a field that shares someone's phone or address: capitalised
 * words after a naming word or honorific ("Namanya Ibu Rini Astuti", "Mrs Hartono"), or capitalised
 * words no word list knows, two or more in a row or one set off by a comma or colon ("Penipu:
 * Yohana, HP ..."). In such a passage a hidden brand costs little; a name left readable is the harm.
 */
export function personNameSpans(field: ProfileField, from: number, to: number): Span[] {
  const { original, tokens } = field.text;
  const spans: Span[] = [];
  // Tokens are in text order: those before `from` are skipped by a binary search, and none after one past `to` is a name word.
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i].end <= to; i++) {
    if (!nameWord(original, tokens[i], to)) continue;
    let last = i;
    while (last - i < MAX_NAME_WORDS - 1 && nameWord(original, tokens[last + 1], to)) last++;
    const cued = i > 0 && NAME_CUES.has(tokens[i - 1].norm);
    // A lone word is a name when it is set off like one: "Yohana, HP ...", "for Delphine, her number".
    let unknown = last > i || SET_OFF.has(tokens[last + 1]?.norm ?? '');
    for (let k = i; unknown && k <= last; k++) unknown = !KNOWN_WORDS.has(tokens[k].norm);
    if (cued || unknown) spans.push({ start: tokens[i].start, end: tokens[last].end });
    i = last;
  }
  return spans;
}

/** Index of the first token starting at or after `from` (tokens.length when none). */
function firstTokenFrom(tokens: readonly Token[], from: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle].start < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

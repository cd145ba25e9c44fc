import type { ProfileField } from '../profile/fields';
import type { Span, Token } from '../text/types';

const LAUGHTER_PREFIXES = ['wkwk', 'haha', 'hehe', 'hihi'];
const LAUGHTER_WORDS = new Set(['lol', 'lmao', 'rofl']);

interface SentenceChoice {
  field: ProfileField;
  sentence: Span;
  informal: number;
}

function sentenceHasRisk(field: ProfileField, sentence: Span): boolean {
  return field.risks.some((hit) => hit.start < sentence.end && hit.end > sentence.start);
}

/** The sentence with the most slang that carries no risk (never rewrite an insult into polite form). */
export function mostInformalSentence(fields: readonly ProfileField[]): SentenceChoice | undefined {
  let best: SentenceChoice | undefined;
  for (const field of fields) {
    if (field.informal.length === 0) continue;
    // Informal tokens and sentences are both in text order: one forward pointer counts each sentence's.
    let next = 0;
    for (const sentence of field.text.sentences) {
      while (next < field.informal.length && field.informal[next].start < sentence.start) next++;
      let informal = 0;
      for (let index = next; index < field.informal.length && field.informal[index].start < sentence.end; index++) {
        if (field.informal[index].end <= sentence.end) informal++;
      }
      if (informal === 0 || sentenceHasRisk(field, sentence)) continue;
      if (!best || informal > best.informal) best = { field, sentence, informal };
    }
  }
  return best;
}

function isDroppable(token: Token, informal: ReadonlySet<number>): boolean {
  if (token.kind === 'emoji') return true;
  if (!informal.has(token.start)) return false;
  // The text layer writes laughter and exclamations as placeholders such as '(laughter)'.
  return token.norm.startsWith('(') || LAUGHTER_WORDS.has(token.norm) || LAUGHTER_PREFIXES.some((prefix) => token.norm.startsWith(prefix));
}

/**
 * The sentence as the candidate wrote it with slang replaced by the standard word the text layer read,
 * laughter and emoji dropped, shouting lowered and "!!" calmed to one mark.
 */
export function formalRewrite(choice: SentenceChoice): string | undefined {
  const { field, sentence } = choice;
  const original = field.text.original;
  const informal = new Set(field.informal.map((token) => token.start));
  const shouted = new Set(field.shouted.map((token) => token.start));
  let result = '';
  let cursor = sentence.start;
  let lastWasBang = false;
  for (const token of field.text.tokens) {
    if (token.start < sentence.start || token.end > sentence.end) continue;
    const gap = original.slice(cursor, token.start);
    cursor = token.end;
    const surface = original.slice(token.start, token.end);
    if (isDroppable(token, informal)) continue;
    if (token.kind === 'punct' && surface.includes('!')) {
      if (!lastWasBang) result += gap + '!';
      lastWasBang = true;
      continue;
    }
    lastWasBang = false;
    if (informal.has(token.start) && token.kind === 'word' && !token.norm.includes('(')) result += gap + token.norm;
    else if (shouted.has(token.start)) result += gap + surface.toLowerCase();
    else result += gap + surface;
  }
  const rewritten = capitalise(collapse(result.trim()));
  const before = collapse(original.slice(sentence.start, sentence.end).trim());
  return rewritten.length > 0 && rewritten !== before ? rewritten : undefined;
}

function collapse(value: string): string {
  let result = '';
  let space = false;
  for (const char of value) {
    if (char === ' ' || char === '\n' || char === '\t') {
      space = result.length > 0;
      continue;
    }
    if (space && !(char === ',' || char === '.' || char === '!' || char === '?')) result += ' ';
    space = false;
    result += char;
  }
  return result;
}

function capitalise(value: string): string {
  return value.length === 0 ? value : value[0].toUpperCase() + value.slice(1);
}

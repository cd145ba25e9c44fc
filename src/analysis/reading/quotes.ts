import type { Span } from '../text/types';

/** Opening mark -> its closing mark, by UTF-16 code. */
const CLOSER: ReadonlyMap<number, number> = new Map([
  [0x22, 0x22], // "
  [0x27, 0x27], // '
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0xab, 0xbb], // « »
  [0x201e, 0x201c], // „ “
]);
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCode(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const c = text.charCodeAt(index);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return NON_ASCII_WORD.test(text[index]);
}

/** What may follow an opening mark besides a letter: a masked word ("*") or an ellipsis. */
function opensQuote(text: string, index: number): boolean {
  if (isWordCode(text, index - 1)) return false;
  const next = text.charCodeAt(index + 1);
  return isWordCode(text, index + 1) || next === 0x2e || next === 0x2a;
}

/**
 * Stretches between quotation marks. An opening mark follows a space, a bracket or the start and
 * precedes a non-space; its closing mark is the next matching one that is not inside a word, so
 * apostrophes ("don't", "manager's") never open or close a quote. Linear: one pass, and a line
 * break ends an unclosed quote.
 */
export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  let closer = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open !== -1) {
      if (c === closer && i > open + 1 && !isWordCode(text, i + 1)) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
      } else if (c === 0x0a) {
        open = -1;
      }
      continue;
    }
    if (c !== 0x22 && c !== 0x27 && c < 0xab) continue;
    const expected = CLOSER.get(c);
    if (expected === undefined || !opensQuote(text, i)) continue;
    open = i;
    closer = expected;
  }
  return quotes;
}

/** True when [start, end) lies inside one of the (sorted) quotes. */
export function insideQuote(quotes: readonly Span[], start: number, end: number): boolean {
  for (const quote of quotes) {
    if (quote.start > start) return false;
    if (end <= quote.end) return true;
  }
  return false;
}

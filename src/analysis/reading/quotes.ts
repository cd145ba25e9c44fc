import type { Span } from '../text/types';

const OPENERS: Readonly<Record<string, string>> = { '"': '"', '“': '”', "'": "'", '‘': '’', '«': '»', '„': '“' };

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * Stretches between quotation marks. An opening mark follows a space, a bracket or the start and
 * precedes a non-space; its closing mark is the next matching one that is not inside a word, so
 * apostrophes ("don't", "manager's") never open or close a quote. Linear: one pass.
 */
export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open !== -1) {
      if (char === closer && !isWordChar(text[i + 1]) && i > open + 1) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
      } else if (char === '\n') {
        open = -1;
      }
      continue;
    }
    const expected = OPENERS[char];
    if (expected === undefined || isWordChar(text[i - 1]) || !isWordChar(text[i + 1]) && text[i + 1] !== '.' && text[i + 1] !== '*') continue;
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

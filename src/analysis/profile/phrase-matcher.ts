import type { Token } from '../text/types';

/** One phrase found in a token stream: token index range [tokenStart, tokenEnd) and char offsets. */
export interface PhraseMatch<T> {
  value: T;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

const ALNUM_OR_JOINER = /[\p{L}\p{N}'’-]/u;

/** Splits a lexicon phrase into the keys tokens would carry: words and single punctuation marks. */
export function phraseKeys(phrase: string): string[][] {
  const bySpace = phrase.toLowerCase().split(' ').filter((part) => part.length > 0);
  const variants: string[][] = [bySpace];
  const split: string[] = [];
  for (const part of bySpace) split.push(...splitPunctuation(part));
  variants.push(split);
  if (phrase.includes('-')) variants.push(split.flatMap((key) => key.split('-').filter((piece) => piece.length > 0)));
  const seen = new Set<string>();
  return variants.filter((keys) => {
    const id = keys.join('\u0000');
    if (keys.length === 0 || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function splitPunctuation(part: string): string[] {
  const pieces: string[] = [];
  let word = '';
  for (const char of part) {
    if (ALNUM_OR_JOINER.test(char)) {
      word += char;
      continue;
    }
    if (word) pieces.push(word);
    word = '';
    pieces.push(char);
  }
  if (word) pieces.push(word);
  return pieces;
}

/** The key a token is matched by: its normalised form, hashtags without '#'. */
export function tokenKey(token: Token): string | undefined {
  if (token.kind === 'word' || token.kind === 'number' || token.kind === 'punct') return token.norm;
  if (token.kind === 'hashtag') return token.norm.startsWith('#') ? token.norm.slice(1) : token.norm;
  return undefined;
}

function singular(key: string): string | undefined {
  return key.length > 3 && key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : undefined;
}

/**
 * Longest-match phrase lookup over normalised tokens with a trie of token keys.
 * Linear in the number of tokens times the longest phrase length (a small constant).
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    for (const keys of phraseKeys(phrase)) {
      let node = this.root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      if (node.value === undefined) node.value = value;
    }
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const keys = tokens.map(tokenKey);
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const found = this.longestAt(keys, index);
      if (found) {
        matches.push({
          value: found.value,
          tokenStart: index,
          tokenEnd: found.end,
          start: tokens[index].start,
          end: tokens[found.end - 1].end,
        });
        index = found.end;
      } else {
        index += 1;
      }
    }
    return matches;
  }

  private longestAt(keys: readonly (string | undefined)[], from: number): { value: T; end: number } | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: { value: T; end: number } | undefined;
    for (let index = from; index < keys.length && node; index += 1) {
      const key = keys[index];
      if (key === undefined) break;
      const child: TrieNode<T> | undefined = node.next.get(key) ?? lookupSingular(node, key);
      if (!child) break;
      if (child.value !== undefined) best = { value: child.value, end: index + 1 };
      node = child;
    }
    return best;
  }
}

function lookupSingular<T>(node: TrieNode<T>, key: string): TrieNode<T> | undefined {
  const base = singular(key);
  return base === undefined ? undefined : node.next.get(base);
}

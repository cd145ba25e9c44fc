import { LexemeFacts } from '../text/lexeme';
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
  /** Children by exact token key. */
  next: Map<string, TrieNode<T>>;
  /**
   * What a token key leads to: `next`, plus each child again under its plural ("dashboards" ->
   * "dashboard"), unless that plural is a key of its own. One lookup per token.
   */
  lookup: Map<string, TrieNode<T>>;
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

export function tokenKeys(tokens: readonly Token[]): (string | undefined)[] {
  return tokens.map(tokenKey);
}

/** The key a token is matched by: its normalised form, hashtags without '#'. */
export function tokenKey(token: Token): string | undefined {
  if (token.kind === 'word' || token.kind === 'number' || token.kind === 'punct') return token.norm;
  if (token.kind === 'hashtag') return token.norm.startsWith('#') ? token.norm.slice(1) : token.norm;
  return undefined;
}

/** The plural a token may carry for this key: a token key of 4+ characters ending in one 's' matches without it. */
function pluralOf(key: string): string | undefined {
  return key.length >= 3 && !key.endsWith('s') ? `${key}s` : undefined;
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), lookup: new Map() };
}

/**
 * Longest-match phrase lookup over normalised tokens with a trie of token keys.
 * Linear in the number of tokens times the longest phrase length (a small constant).
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The root's child for a token key, kept on the token's lexeme (null: none). */
  private readonly rootChildren = new LexemeFacts<TrieNode<T> | null>((key) => this.root.lookup.get(key) ?? null);
  private searched = false;

  /** Phrases are all added before the first search (the root children cached on lexemes would not see later ones). */
  add(phrase: string, value: T): void {
    if (this.searched) throw new Error('PhraseMatcher.add after findAll');
    for (const keys of phraseKeys(phrase)) {
      let node = this.root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) {
          child = newNode();
          node.next.set(key, child);
          node.lookup.set(key, child);
          const plural = pluralOf(key);
          if (plural !== undefined && !node.next.has(plural)) node.lookup.set(plural, child);
        }
        node = child;
      }
      if (node.value === undefined) node.value = value;
    }
  }

  /** Non-overlapping longest matches, left to right; `keys` (tokenKeys(tokens)) may be shared between matchers. */
  findAll(tokens: readonly Token[], keys: readonly (string | undefined)[] = tokenKeys(tokens)): PhraseMatch<T>[] {
    this.searched = true;
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const first = this.rootChild(tokens[index], keys[index]);
      const end = first === undefined ? -1 : this.longestAt(keys, index, first);
      if (end !== -1) {
        matches.push({
          value: this.matchedValue as T,
          tokenStart: index,
          tokenEnd: end,
          start: tokens[index].start,
          end: tokens[end - 1].end,
        });
        index = end;
      } else {
        index += 1;
      }
    }
    return matches;
  }

  /** The value of the last match longestAt found (kept here so the scan allocates nothing). */
  private matchedValue: T | undefined;

  /** The root's child for the token's key; the lexeme holds it unless the key is not the norm (hashtags). */
  private rootChild(token: Token, key: string | undefined): TrieNode<T> | undefined {
    if (key === undefined) return undefined;
    if (key === token.norm) return this.rootChildren.of(token.lexeme) ?? undefined;
    return this.root.lookup.get(key);
  }

  /** End (exclusive token index) of the longest phrase starting at `from` (whose root child is `first`), or -1. */
  private longestAt(keys: readonly (string | undefined)[], from: number, first: TrieNode<T>): number {
    let node = this.root;
    let bestEnd = -1;
    for (let index = from; index < keys.length; index += 1) {
      const key = keys[index];
      if (key === undefined) break;
      const child = index === from ? first : node.lookup.get(key);
      if (!child) break;
      if (child.value !== undefined) {
        bestEnd = index + 1;
        this.matchedValue = child.value;
      }
      // Most phrases are one word: a leaf has no longer phrase to look up.
      if (child.lookup.size === 0) break;
      node = child;
    }
    return bestEnd;
  }
}

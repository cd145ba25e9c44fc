/**
 * One distinct normalised form, shared by the tokens that carry it. Analyzers keep what they know
 * about a form (list membership, lexicon entries, trie nodes) on it through a LexemeFacts slot, so a
 * token costs one field read where it cost one lookup in a large table per analyzer.
 */
export interface Lexeme {
  readonly norm: string;
  /** Per LexemeFacts slot: the computed facts, or undefined until first asked. */
  readonly facts: unknown[];
}

/** Bound on interned forms: cleared when full, so memory stays bounded (facts are pure functions of the form). */
const MAX_LEXEMES = 50_000;
const LEXEMES = new Map<string, Lexeme>();

export function lexemeOf(norm: string): Lexeme {
  const known = LEXEMES.get(norm);
  if (known !== undefined) return known;
  const lexeme: Lexeme = { norm, facts: emptyFacts(slotCount) };
  if (LEXEMES.size >= MAX_LEXEMES) LEXEMES.clear();
  LEXEMES.set(norm, lexeme);
  return lexeme;
}

let slotCount = 0;

/**
 * Every facts array is filled with undefined by push, never left with holes: all of them then share one
 * elements kind (packed, any value), so the read in LexemeFacts.of sees one array shape, not several.
 */
function emptyFacts(length: number): unknown[] {
  const facts: unknown[] = [];
  while (facts.length < length) facts.push(undefined);
  return facts;
}

/**
 * Facts of one analyzer about a form, computed once per lexeme by a pure function of its norm (never
 * undefined). Each instance takes a slot on every lexeme for the life of the process: create them at
 * module load (or once per long-lived object such as a PhraseMatcher), never per call.
 */
export class LexemeFacts<T> {
  private readonly slot = slotCount++;

  constructor(private readonly compute: (norm: string) => T) {}

  of(lexeme: Lexeme): T {
    const known = lexeme.facts[this.slot];
    if (known !== undefined) return known as T;
    const facts = this.compute(lexeme.norm);
    // A lexeme made before this slot existed is grown first: writing past its end would leave holes.
    while (lexeme.facts.length <= this.slot) lexeme.facts.push(undefined);
    lexeme.facts[this.slot] = facts;
    return facts;
  }
}

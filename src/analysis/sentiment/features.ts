/**
 * Features of the Indonesian sentiment model, shared by training (scripts/train-id-sentiment.ts)
 * and inference so both see exactly the same thing: unigrams and bigrams of the text layer's `norm`
 * forms, with the word after a negator marked ("tidak enak" -> "NOT_enak").
 */
import { LexemeFacts, type Lexeme } from '../text/lexeme';
import type { AnalyzedText, Token } from '../text/types';
import modifiers from './lexicons/modifiers.json';
import identityTerms from './lexicons/identity-terms.json';

const NEGATORS = new Set(modifiers.entries.negators);
/** Words naming a protected group: never a feature, so the model cannot learn a bias about them. */
export const IDENTITY_TERMS: ReadonlySet<string> = new Set(Object.values(identityTerms.entries).flat());
export const NEGATION_PREFIX = 'NOT_';
/** How many terms after a negator are marked as negated. */
const NEGATION_SCOPE = 2;

export interface Feature {
  name: string;
  start: number;
  end: number;
  /** True for single-term features; bigrams are false. */
  unigram: boolean;
}

function termOf(token: Token): string | null {
  if (token.kind === 'word' || token.kind === 'emoji') return token.norm;
  if (token.kind === 'hashtag') return token.norm.startsWith('#') ? token.norm.slice(1) : token.norm;
  return null;
}

/** An identity word, also inside a hyphenated form ("cina-cina", "pro-jokowi"). */
export function isIdentityTerm(term: string): boolean {
  if (IDENTITY_TERMS.has(term)) return true;
  return term.includes('-') && term.split('-').some((part) => IDENTITY_TERMS.has(part));
}

const IDENTITY = 1;
const NEGATOR = 2;

function termFlagsOf(term: string): number {
  return (isIdentityTerm(term) ? IDENTITY : 0) | (NEGATORS.has(term) ? NEGATOR : 0);
}

const LEXEME_TERM_FLAGS = new LexemeFacts(termFlagsOf);

/**
 * Receives each feature in token order: the unigram `name` of the token at [start, end), with
 * `previousName` set when a bigram "previousName name" ends at this token (it starts at previousStart);
 * `lexeme` is the token's lexeme when `name` is its norm.
 */
export type FeatureVisitor = (
  name: string,
  start: number,
  end: number,
  previousName: string | undefined,
  previousStart: number,
  lexeme: Lexeme | undefined,
) => void;

/**
 * Features in token order. Punctuation, URLs, mentions and numbers end a phrase: no bigram spans
 * them and negation scope stops at them. Identity terms give no feature and no bigram spans them.
 */
export function sentimentFeatures(text: AnalyzedText): Feature[] {
  const features: Feature[] = [];
  visitSentimentFeatures(text, (name, start, end, previousName, previousStart) => {
    features.push({ name, start, end, unigram: true });
    if (previousName !== undefined) features.push({ name: `${previousName} ${name}`, start: previousStart, end, unigram: false });
  });
  return features;
}

/** The walk behind sentimentFeatures, without building the bigram names (inference looks them up in parts). */
export function visitSentimentFeatures(text: AnalyzedText, visit: FeatureVisitor): void {
  let previousName: string | undefined;
  let previousStart = 0;
  let negatedLeft = 0;
  for (const token of text.scoringTokens) {
    const term = termOf(token);
    if (term === null || term === '') {
      previousName = undefined;
      negatedLeft = 0;
      continue;
    }
    const ownTerm = term === token.norm;
    const flags = ownTerm ? LEXEME_TERM_FLAGS.of(token.lexeme) : termFlagsOf(term);
    if (flags & IDENTITY) {
      previousName = undefined;
      negatedLeft = Math.max(0, negatedLeft - 1);
      continue;
    }
    const negator = (flags & NEGATOR) !== 0;
    const negated = negatedLeft > 0 && !negator;
    const name = negated ? NEGATION_PREFIX + term : term;
    negatedLeft = negator ? NEGATION_SCOPE : Math.max(0, negatedLeft - 1);
    visit(name, token.start, token.end, previousName, previousStart, ownTerm && !negated ? token.lexeme : undefined);
    previousName = name;
    previousStart = token.start;
  }
}

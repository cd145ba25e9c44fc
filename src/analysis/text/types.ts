import type { Language } from '../types';
import type { Lexeme } from './lexeme';

export type TokenKind = 'word' | 'number' | 'emoji' | 'url' | 'email' | 'mention' | 'hashtag' | 'punct';

export interface Token {
  kind: TokenKind;
  /**
   * Normalised form: NFKC, lower case, look-alike letters folded to Latin, leetspeak and masked
   * spellings undone, letter runs squeezed, Indonesian slang mapped to its standard word
   * ('gk' -> 'tidak', 'bgt' -> 'banget', 'yg' -> 'yang').
   */
  norm: string;
  /** The shared entry of `norm` (lexeme.norm === norm), where analyzers keep their per-form facts. */
  lexeme: Lexeme;
  /** UTF-16 offsets into the original field text. */
  start: number;
  end: number;
  /** True when normalisation had to undo an obfuscation (leet, masking, look-alike letters). */
  obfuscated: boolean;
  /** True inside a protected-characteristic span (AUDIT.md fairness rules). */
  protected: boolean;
}

export interface FieldRef {
  source: number;
  field: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface AnalyzedText {
  ref: FieldRef;
  original: string;
  /** Every token, in order. */
  tokens: Token[];
  /** The tokens scoring may look at: protected spans removed (fairness). */
  scoringTokens: Token[];
  /** Sentence spans in the original text. */
  sentences: Span[];
  /** Spans holding protected characteristics; never scored, always redacted for recruiters. */
  protectedSpans: (Span & { kind: string })[];
  language: Language;
}

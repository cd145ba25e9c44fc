import type { Span } from '../text/types';

export type SentimentLabel = 'positive' | 'negative' | 'neutral';

export interface SentimentResult {
  /** -1 (very negative) .. +1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** The words that moved the score, with their signed weight. */
  evidence: (Span & { weight: number })[];
}

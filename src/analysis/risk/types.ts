import type { FlagCategory, Severity } from '../types';
import type { Span } from '../text/types';

/** One risky passage found in one text, before the report groups hits into flags. */
export interface RiskHit extends Span {
  category: FlagCategory;
  severity: Severity;
  /** Why it was flagged, in both report languages. */
  reason: { en: string; id: string };
}

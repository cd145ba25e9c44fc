import type { AnalyzedText } from '../text/types';
import type { Platform } from '../types';
import { detectContent, detectUndisclosedSponsorship } from './content';
import { detectGambling } from './gambling';
import { mergeHits } from './hits';
import { detectOffensive, detectViolence } from './offensive';
import { detectPersonalData } from './personal-data';
import type { RiskHit } from './types';
import { buildUnits } from './units';

export type { RiskHit } from './types';

export interface RiskContext {
  platform: Platform;
}

/**
 * Finds risky passages in one analysed text. Every hit's span indexes `text.original`; hits of one
 * category in one sentence are merged.
 */
export function detectRisks(text: AnalyzedText, context: RiskContext): RiskHit[] {
  const units = buildUnits(text);
  return mergeHits([
    ...detectOffensive(units, text.language),
    ...detectViolence(units),
    ...detectGambling(units, text.language),
    ...detectContent(units),
    ...detectUndisclosedSponsorship(units),
    ...detectPersonalData(text, units, context.platform),
  ]);
}

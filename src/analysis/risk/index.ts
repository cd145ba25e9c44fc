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
  // Appended in detector order (as the spread list did), without one iterator per detector.
  const hits = detectOffensive(units, text.language);
  appendAll(hits, detectViolence(units));
  appendAll(hits, detectGambling(units, text.language));
  appendAll(hits, detectContent(units));
  appendAll(hits, detectUndisclosedSponsorship(units));
  appendAll(hits, detectPersonalData(text, units, context.platform));
  return mergeHits(hits);
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

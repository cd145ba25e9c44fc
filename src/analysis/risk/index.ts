import { readText, type RoleReading, type TextReading } from '../reading';
import type { AnalyzedText } from '../text/types';
import type { Platform } from '../types';
import { detectContent, detectUndisclosedSponsorship } from './content';
import { detectGambling } from './gambling';
import { mergeHits } from './hits';
import { detectOffensive } from './offensive';
import { detectMockery } from './mockery';
import { detectPersonalData } from './personal-data';
import { detectViolence } from './violence';
import { judgeByReading } from './stance';
import type { RiskHit } from './types';
import { buildUnits, type Unit } from './units';

export type { RiskHit } from './types';

/** A text's units and reading, computed once per text and shared by every analyzer. */
export interface TextRead {
  units: Unit[];
  reading: TextReading;
}

export interface RiskContext {
  platform: Platform;
  /** The reading of this text; computed here when absent (a text read outside a profile). */
  read?: TextRead;
  /** The role the person presents (reading/role.ts), read once per profile. */
  role?: RoleReading;
}

/** Units and reading of one text: the one walk over its tokens that every detector reuses. */
export function readRiskText(text: AnalyzedText): TextRead {
  const units = buildUnits(text);
  return { units, reading: readText(text, units) };
}

/**
 * Finds risky passages in one analysed text. Every hit's span indexes `text.original`; hits of one
 * category in one sentence are merged. The reading decides what each hit means (risk/stance.ts).
 */
export function detectRisks(text: AnalyzedText, context: RiskContext): RiskHit[] {
  const { units, reading } = context.read ?? readRiskText(text);
  // Appended in detector order (as the spread list did), without one iterator per detector.
  const hits = detectOffensive(units, text.language, reading);
  appendAll(hits, detectMockery(units, reading));
  appendAll(hits, detectViolence(units));
  appendAll(hits, detectGambling(units, text.language, reading));
  appendAll(hits, detectContent(units));
  appendAll(hits, detectUndisclosedSponsorship(units, context.role));
  appendAll(hits, detectPersonalData(text, units, context.platform));
  return mergeHits(judgeByReading(hits, { original: text.original, reading, role: context.role }));
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

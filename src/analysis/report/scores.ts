import { BASE_WEIGHTS, type DimensionKey, type Measured } from '../profile/component';
import type { DimensionScore, Evidence, Flag, FlagCategory, Grade, ScoreComponent, Scores, Severity } from '../types';
import { bandedValue, type BandDecision } from './bands';
import type { Messages } from './messages/types';

export const DIMENSION_WEIGHTS: Record<DimensionKey, number> = { consistency: 0.3, tone: 0.3, professional: 0.4 };
export const DIMENSIONS: readonly DimensionKey[] = ['consistency', 'tone', 'professional'];

const SEVERITY_POINTS: Record<Severity, number> = { critical: 15, warning: 6, info: 1 };
export const MAX_RISK_PENALTY = 45;
/** Already priced into the claims and engagement components; not deducted twice. */
const SCORED_ELSEWHERE: ReadonlySet<FlagCategory> = new Set(['inconsistent_claims', 'engagement_anomaly']);

export function grade(value: number): Grade {
  if (value >= 85) return 'A';
  if (value >= 70) return 'B';
  if (value >= 55) return 'C';
  if (value >= 40) return 'D';
  return 'E';
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Weights renormalised over the measured components, rounded to 4 decimals, summing to 1. */
export function renormalisedWeights(measured: readonly Measured[]): number[] {
  const total = measured.reduce((sum, item) => sum + BASE_WEIGHTS[item.key], 0);
  const weights = measured.map((item) => roundTo(BASE_WEIGHTS[item.key] / total, 4));
  if (weights.length > 0) {
    const others = weights.slice(0, -1).reduce((sum, weight) => sum + weight, 0);
    weights[weights.length - 1] = roundTo(1 - others, 4);
  }
  return weights;
}

export function dimensionValue(measured: readonly Measured[]): number | undefined {
  if (measured.length === 0) return undefined;
  const weights = renormalisedWeights(measured);
  return Math.round(measured.reduce((sum, item, index) => sum + Math.round(item.value) * weights[index], 0));
}

function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.source}:${item.field}:${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function dimensionScore(measured: readonly Measured[], msg: Messages): DimensionScore {
  const weights = renormalisedWeights(measured);
  const components: ScoreComponent[] = measured.map((item, index) => ({
    key: item.key,
    label: msg.componentLabel[item.key],
    value: Math.round(item.value),
    weight: weights[index],
    explanation: item.explanation,
    evidence: distinctEvidence(item.evidence),
  }));
  const value = dimensionValue(measured) ?? 0;
  return { value, grade: grade(value), components };
}

export interface RiskPenalty {
  /** Points deducted from the overall score (capped). */
  points: number;
  /** Flags that count towards it. */
  flags: number;
  /** Share of the deduction each flag is responsible for, by flag id. */
  byFlag: Map<string, number>;
}

export function riskPenalty(flags: readonly Flag[]): RiskPenalty {
  const counted = flags.filter((flag) => !SCORED_ELSEWHERE.has(flag.category));
  const raw = counted.reduce((sum, flag) => sum + SEVERITY_POINTS[flag.severity], 0);
  const points = Math.min(MAX_RISK_PENALTY, raw);
  const scale = raw === 0 ? 0 : points / raw;
  return { points, flags: counted.length, byFlag: new Map(counted.map((flag) => [flag.id, SEVERITY_POINTS[flag.severity] * scale])) };
}

/** Weighted mean of the measurable dimensions minus the risk deduction, unrounded. */
export function overallValue(dimensions: Record<DimensionKey, number | undefined>, penaltyPoints: number): number {
  let weighted = 0;
  let weights = 0;
  for (const dimension of DIMENSIONS) {
    const value = dimensions[dimension];
    if (value === undefined) continue;
    weighted += DIMENSION_WEIGHTS[dimension] * value;
    weights += DIMENSION_WEIGHTS[dimension];
  }
  const base = weights === 0 ? 0 : weighted / weights;
  return Math.max(0, Math.min(100, base - penaltyPoints));
}

export function dimensionValues(components: Record<DimensionKey, readonly Measured[]>): Record<DimensionKey, number | undefined> {
  return {
    consistency: dimensionValue(components.consistency),
    tone: dimensionValue(components.tone),
    professional: dimensionValue(components.professional),
  };
}

export function buildScores(components: Record<DimensionKey, Measured[]>, penalty: RiskPenalty, msg: Messages, band?: BandDecision): Scores {
  const base = Math.round(overallValue(dimensionValues(components), penalty.points));
  const overall = band ? bandedValue(base, grade(base), band) : base;
  const rules = band ? { weighted: base, ceiling: band.ceiling, reasons: band.reasons, missing: band.missing } : {};
  return {
    overall: { value: overall, grade: grade(overall), ...rules },
    consistency: dimensionScore(components.consistency, msg),
    tone: dimensionScore(components.tone, msg),
    professional: dimensionScore(components.professional, msg),
  };
}

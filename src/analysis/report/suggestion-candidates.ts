import type { ProfileAnalysis } from '../profile/analyze';
import type { ComponentKey, Measured } from '../profile/component';
import type { Evidence, Suggestion, SuggestionDimension } from '../types';
import type { Gain, GainEstimator } from './gains';
import type { TitledText } from './messages/types';

/** What every kind of suggestion is built from: a candidate with its gains, and the component thresholds. */

/** `weightedGain`: the gain on the weighted mean, which orders advice the band rules do not reward yet. */
export type Candidate = Omit<Suggestion, 'priority'> & { weightedGain: number };

const MAX_SUGGESTION_EVIDENCE = 6;
/** What a new headline naming a role and two skills scores (40 + 30), used when no rewrite can be built. */
export const HEADLINE_WITH_ROLE_AND_SPECIALTY = 70;

/** Suggestion thresholds: below `below` a component earns advice; `target` is what the advice realistically reaches. */
export const TARGETS: Partial<Record<ComponentKey, { below: number; target: number }>> = {
  about: { below: 70, target: 85 },
  achievements: { below: 68, target: 68 },
  skills: { below: 60, target: 60 },
  knowledge_sharing: { below: 70, target: 70 },
  credentials: { below: 60, target: 60 },
  portfolio: { below: 80, target: 100 },
  activity: { below: 70, target: 90 },
  niche: { below: 60, target: 80 },
  voice: { below: 75, target: 95 },
  professionalism: { below: 75, target: 95 },
  sentiment: { below: 80, target: 100 },
  emotional_control: { below: 80, target: 100 },
  promotion: { below: 80, target: 100 },
  target_fit: { below: 60, target: 80 },
  identity: { below: 85, target: 100 },
};

export function component(analysis: ProfileAnalysis, key: ComponentKey): Measured | undefined {
  for (const items of Object.values(analysis.components)) {
    const found = items.find((item) => item.key === key);
    if (found) return found;
  }
  return undefined;
}

export function candidate(dimension: SuggestionDimension, gain: Gain, text: TitledText, evidence: Evidence[], example?: string): Candidate {
  return {
    dimension,
    expectedGain: gain.graded,
    weightedGain: gain.weighted,
    title: text.title,
    detail: text.detail,
    ...(example ? { example } : {}),
    evidence: evidence.slice(0, MAX_SUGGESTION_EVIDENCE),
  };
}

/** What one suggestion says and shows; built only when its component is below target. */
export interface Advice {
  text: TitledText;
  example?: string;
  extraEvidence?: Evidence[];
}

export function simpleSuggestion(
  analysis: ProfileAnalysis,
  gains: GainEstimator,
  key: ComponentKey,
  dimension: SuggestionDimension,
  advise: () => Advice,
): Candidate[] {
  const measured = component(analysis, key);
  const target = TARGETS[key];
  if (!measured || !target || measured.value >= target.below) return [];
  const { text, example, extraEvidence = [] } = advise();
  return [candidate(dimension, gains.ifComponents({ [key]: target.target }), text, [...measured.evidence, ...extraEvidence], example)];
}

/** `build`'s value, built on the first call only: for what several suggestions may need and most profiles never ask. */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

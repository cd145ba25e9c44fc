import type { ProfileAnalysis } from '../profile/analyze';
import type { TextAnalyzers } from '../profile/fields';
import type { Flag, Suggestion } from '../types';
import { analysedOnce } from './analysed-once';
import { GainEstimator } from './gains';
import type { Messages } from './messages/types';
import type { RiskPenalty } from './scores';
import { safeExamples } from './suggestion-guards';
import { consistencySuggestions, identitySuggestion, toneSuggestions } from './suggestions-consistency-tone';
import { aboutSuggestion, headlineSuggestion, professionalSuggestions } from './suggestions-professional';
import { claimSuggestions, engagementSuggestions, riskSuggestions } from './suggestions-risk';

/** Every suggestion the analysis supports, most valuable first; ties keep risk fixes first. */
export function buildSuggestions(
  analysis: ProfileAnalysis,
  flags: readonly Flag[],
  penalty: RiskPenalty,
  analyzers: TextAnalyzers,
  msg: Messages,
): Suggestion[] {
  const gains = new GainEstimator(analysis, penalty, flags);
  const reportAnalyzers = analysedOnce(analyzers);
  const candidates = [
    ...riskSuggestions(analysis, flags, gains, msg),
    ...claimSuggestions(analysis, gains, msg),
    ...engagementSuggestions(analysis, flags, gains, msg),
    ...headlineSuggestion(analysis, reportAnalyzers, gains, msg),
    ...aboutSuggestion(analysis, gains, msg),
    ...professionalSuggestions(analysis, gains, msg),
    ...identitySuggestion(analysis, gains, msg),
    ...consistencySuggestions(analysis, gains, msg),
    ...toneSuggestions(analysis, gains, msg),
  ].filter((item) => item.dimension === 'risk' || item.expectedGain > 0 || item.weightedGain > 0);
  const examples = safeExamples(candidates.map((item) => item.example), analysis, flags, reportAnalyzers);
  // What lifts the grade first (a flag or a missing essential that holds the band), then the rest by their weighted gain.
  const order = candidates.map((_, index) => index);
  order.sort((a, b) => candidates[b].expectedGain - candidates[a].expectedGain || candidates[b].weightedGain - candidates[a].weightedGain || a - b);
  return order.map((index, rank) => {
    const item = candidates[index];
    const example = examples[index];
    return {
      dimension: item.dimension,
      priority: rank + 1,
      expectedGain: item.expectedGain,
      title: item.title,
      detail: item.detail,
      ...(example ? { example } : {}),
      evidence: item.evidence,
    };
  });
}

import { UNEVEN_VARIATION } from '../profile/activity';
import type { ProfileAnalysis } from '../profile/analyze';
import { contentFields } from '../profile/fields';
import { isAttack, isHardSelling, isNegative, outburstSigns, toneUnits } from '../profile/tone';
import type { GainEstimator } from './gains';
import type { Messages } from './messages/types';
import { formalRewrite, mostInformalSentence } from './rewrite';
import { professionalName } from './suggestion-guards';
import { candidate, component, simpleSuggestion, TARGETS, type Candidate } from './suggestion-candidates';

/** Suggestions for consistency (one name, regular activity, one niche) and tone (voice, sentiment, restraint, selling). */

export function identitySuggestion(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const identity = component(analysis, 'identity');
  if (!identity || identity.value >= (TARGETS.identity?.below ?? 0)) return [];
  const name = professionalName(analysis);
  return [candidate('consistency', gains.ifComponents({ identity: 100 }), msg.suggest.identity({ name }), identity.evidence, name)];
}

export function consistencySuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const niche = analysis.niche;
  const offPlatforms = (niche?.offNicheSources ?? []).map((source) => analysis.profile.sources[source].platform);
  return [
    ...simpleSuggestion(analysis, gains, 'activity', 'consistency', msg.suggest.activity({
      worstDays: analysis.activity.recency && analysis.activity.recency.score < 100 ? analysis.activity.recency.worstDays : undefined,
      medianGap: analysis.activity.regularity?.medianGap,
      uneven: (analysis.activity.regularity?.variation ?? 0) >= UNEVEN_VARIATION,
    })),
    ...(niche ? simpleSuggestion(analysis, gains, 'niche', 'consistency', msg.suggest.niche({ family: niche.dominantFamily, offPlatforms })) : []),
  ];
}

export function toneSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const content = contentFields(analysis.fields);
  const choice = mostInformalSentence(content);
  const example = choice ? formalRewrite(choice) : undefined;
  const informalWords = [...new Set(content.flatMap((field) => field.informal.map((token) => field.text.original.slice(token.start, token.end))))];
  const professionalism = component(analysis, 'professionalism');
  const suggestions: Candidate[] = [];
  if (professionalism && professionalism.value < (TARGETS.professionalism?.below ?? 0)) {
    suggestions.push(
      candidate(
        'tone',
        gains.ifComponents({ professionalism: TARGETS.professionalism?.target, voice: TARGETS.voice?.target }),
        msg.suggest.professionalism({
          words: informalWords,
          emoji: content.reduce((sum, field) => sum + field.emojiCount, 0),
          exclamations: content.reduce((sum, field) => sum + field.exclamationCount, 0),
          shouted: content.reduce((sum, field) => sum + field.shouted.length, 0),
        }),
        professionalism.evidence,
        example,
      ),
    );
  } else {
    const worst = [...analysis.voice].sort((a, b) => a.score - b.score)[0];
    if (worst) {
      const words = [...new Set(worst.informal.map((span) => span.field.text.original.slice(span.start, span.end)))];
      suggestions.push(...simpleSuggestion(analysis, gains, 'voice', 'tone', msg.suggest.voice({ platform: worst.platform, words }), example));
    }
  }
  const units = toneUnits(analysis.fields);
  suggestions.push(
    ...simpleSuggestion(analysis, gains, 'sentiment', 'tone', msg.suggest.sentiment({
      negative: units.filter(isNegative).length,
      attacks: units.filter(isAttack).length,
    })),
    ...simpleSuggestion(analysis, gains, 'emotional_control', 'tone', msg.suggest.emotionalControl({ outbursts: units.filter((field) => outburstSigns(field) >= 2).length })),
    ...simpleSuggestion(analysis, gains, 'promotion', 'tone', msg.suggest.promotion({ selling: units.filter(isHardSelling).length, units: units.length })),
  );
  return suggestions;
}

import { UNEVEN_VARIATION } from '../profile/activity';
import type { ProfileAnalysis } from '../profile/analyze';
import { contentFields, type ProfileField } from '../profile/fields';
import { isAttack, isHardSelling, isNegative, outburstSigns, toneUnits } from '../profile/tone';
import type { GainEstimator } from './gains';
import type { Messages } from './messages/types';
import { formalRewrite, mostInformalSentence } from './rewrite';
import { professionalName } from './suggestion-guards';
import { candidate, component, once, simpleSuggestion, TARGETS, type Candidate } from './suggestion-candidates';

/** Suggestions for consistency (one name, regular activity, one niche) and tone (voice, sentiment, restraint, selling). */

export function identitySuggestion(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const identity = component(analysis, 'identity');
  if (!identity || identity.value >= (TARGETS.identity?.below ?? 0)) return [];
  const name = professionalName(analysis);
  return [candidate('consistency', gains.ifComponents({ identity: 100 }), msg.suggest.identity({ name }), identity.evidence, name)];
}

export function consistencySuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const niche = analysis.niche;
  return [
    ...simpleSuggestion(analysis, gains, 'activity', 'consistency', () => ({
      text: msg.suggest.activity({
        worstDays: analysis.activity.recency && analysis.activity.recency.score < 100 ? analysis.activity.recency.worstDays : undefined,
        medianGap: analysis.activity.regularity?.medianGap,
        uneven: (analysis.activity.regularity?.variation ?? 0) >= UNEVEN_VARIATION,
      }),
    })),
    ...(niche
      ? simpleSuggestion(analysis, gains, 'niche', 'consistency', () => ({
          text: msg.suggest.niche({
            family: niche.dominantFamily,
            offPlatforms: niche.offNicheSources.map((source) => analysis.profile.sources[source].platform),
          }),
        }))
      : []),
  ];
}

/** The professionalism advice names this many slang words at most (messages: words.slice(0, 5)). */
const LISTED_WORDS = 5;

/** The first LISTED_WORDS distinct slang words of the fields as written, in text order: the rest are never shown. */
function listedInformalWords(fields: readonly ProfileField[]): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    for (const token of field.informal) {
      words.add(field.text.original.slice(token.start, token.end));
      if (words.size === LISTED_WORDS) return [...words];
    }
  }
  return [...words];
}

/** The calmer rewrite of the most informal sentence, for whichever style advice is given. */
function styleSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const content = contentFields(analysis.fields);
  const example = once(() => {
    const choice = mostInformalSentence(content);
    return choice ? formalRewrite(choice) : undefined;
  });
  const professionalism = component(analysis, 'professionalism');
  if (professionalism && professionalism.value < (TARGETS.professionalism?.below ?? 0)) {
    const informalWords = listedInformalWords(content);
    return [
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
        example(),
      ),
    ];
  }
  const worst = [...analysis.voice].sort((a, b) => a.score - b.score)[0];
  if (!worst) return [];
  return simpleSuggestion(analysis, gains, 'voice', 'tone', () => ({
    text: msg.suggest.voice({ platform: worst.platform, words: [...new Set(worst.informal.map((span) => span.field.text.original.slice(span.start, span.end)))] }),
    example: example(),
  }));
}

export function toneSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const units = once(() => toneUnits(analysis.fields));
  return [
    ...styleSuggestions(analysis, gains, msg),
    ...simpleSuggestion(analysis, gains, 'sentiment', 'tone', () => ({
      text: msg.suggest.sentiment({ negative: units().filter(isNegative).length, attacks: units().filter(isAttack).length }),
    })),
    ...simpleSuggestion(analysis, gains, 'emotional_control', 'tone', () => ({
      text: msg.suggest.emotionalControl({ outbursts: units().filter((field) => outburstSigns(field) >= 2).length }),
    })),
    ...simpleSuggestion(analysis, gains, 'promotion', 'tone', () => ({
      text: msg.suggest.promotion({ selling: units().filter(isHardSelling).length, units: units().length }),
    })),
  ];
}

import { UNEVEN_VARIATION } from '../profile/activity';
import type { ProfileAnalysis } from '../profile/analyze';
import type { ComponentKey, Measured } from '../profile/component';
import { claimsScore } from '../profile/consistency';
import { engagementScore } from '../profile/engagement';
import { evidenceFor } from '../profile/evidence';
import { contentFields, countedPosts, cuesOf, type TextAnalyzers } from '../profile/fields';
import { skillText } from '../profile/signals';
import { mean } from '../profile/similarity';
import { isAttack, isHardSelling, isNegative, outburstSigns, toneUnits } from '../profile/tone';
import type { Evidence, Flag, FlagCategory, Platform, Suggestion, SuggestionDimension } from '../types';
import { contradictionParams } from './flags';
import { mainRole, rewriteHeadline, roleText, topSkills } from './headline';
import type { Messages, TitledText } from './messages/types';
import { formalRewrite, mostInformalSentence } from './rewrite';
import { portfolioKind, professionalName, safeExamples } from './suggestion-guards';
import { GainEstimator, type Gain } from './gains';
import type { RiskPenalty } from './scores';

/** `weightedGain`: the gain on the weighted mean, which orders advice the band rules do not reward yet. */
type Candidate = Omit<Suggestion, 'priority'> & { weightedGain: number };

const PROFILE_LEVEL: ReadonlySet<FlagCategory> = new Set(['engagement_anomaly', 'inconsistent_claims']);
const MAX_SUGGESTION_EVIDENCE = 6;
/** What a new headline naming a role and two skills scores (40 + 30), used when no rewrite can be built. */
const HEADLINE_WITH_ROLE_AND_SPECIALTY = 70;

/** Suggestion thresholds: below `below` a component earns advice; `target` is what the advice realistically reaches. */
const TARGETS: Partial<Record<ComponentKey, { below: number; target: number }>> = {
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

function component(analysis: ProfileAnalysis, key: ComponentKey): Measured | undefined {
  for (const items of Object.values(analysis.components)) {
    const found = items.find((item) => item.key === key);
    if (found) return found;
  }
  return undefined;
}

function candidate(dimension: SuggestionDimension, gain: Gain, text: TitledText, evidence: Evidence[], example?: string): Candidate {
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

function flagPlatform(analysis: ProfileAnalysis, flag: Flag): Platform {
  return analysis.profile.sources[flag.evidence[0]?.source ?? 0]?.platform ?? 'other';
}

/** Gambling and scam passages are to be removed, never "disclosed": no #ad example for them. */
function isUnlawfulSelling(analysis: ProfileAnalysis, evidence: Evidence): boolean {
  const field = analysis.fields.find((item) => item.source === evidence.source && item.field === evidence.field);
  return field?.risks.some((hit) => hit.category === 'gambling' || hit.category === 'scam') ?? false;
}

function riskSuggestions(analysis: ProfileAnalysis, flags: readonly Flag[], gains: GainEstimator, msg: Messages): Candidate[] {
  return flags
    .filter((flag) => !PROFILE_LEVEL.has(flag.category))
    .map((flag) => {
      const text = msg.suggest.risk({ category: flag.category, platform: flagPlatform(analysis, flag), count: flag.evidence.length });
      const disclosable = flag.category === 'undisclosed_sponsorship' ? flag.evidence.find((evidence) => !isUnlawfulSelling(analysis, evidence)) : undefined;
      const example = disclosable ? msg.suggest.sponsorshipExample() : undefined;
      return candidate('risk', gains.ifFlagRemoved(flag), text, flag.evidence, example);
    });
}

function engagementSuggestions(analysis: ProfileAnalysis, flags: readonly Flag[], gains: GainEstimator, msg: Messages): Candidate[] {
  return analysis.engagement
    .filter((fact) => fact.lowEngagement || fact.followBack)
    .map((fact) => {
      const fixed = mean(analysis.engagement.map((other) => (other === fact ? 100 : engagementScore(other))));
      const flag = flags.find((item) => item.category === 'engagement_anomaly' && item.evidence[0]?.source === fact.source);
      return candidate(
        'professional',
        gains.ifComponents({ engagement: fixed }),
        msg.suggest.engagement({ platform: fact.platform, ratePct: fact.rate * 100, normPct: fact.norm * 100 }),
        flag?.evidence ?? [fact.evidence],
      );
    });
}

function claimSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  return analysis.contradictions.map((contradiction) => {
    const others = analysis.contradictions.filter((other) => other !== contradiction);
    return candidate(
      'consistency',
      gains.ifComponents({ claims: claimsScore(others) }),
      msg.suggest.contradiction(contradictionParams(contradiction)),
      [...contradiction.first, ...contradiction.second].map((claim) => evidenceFor(claim.field, claim.start, claim.end)),
    );
  });
}

function identitySuggestion(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const identity = component(analysis, 'identity');
  if (!identity || identity.value >= (TARGETS.identity?.below ?? 0)) return [];
  const name = professionalName(analysis);
  return [candidate('consistency', gains.ifComponents({ identity: 100 }), msg.suggest.identity({ name }), identity.evidence, name)];
}

function headlineSuggestion(analysis: ProfileAnalysis, analyzers: TextAnalyzers, gains: GainEstimator, msg: Messages): Candidate[] {
  const headline = component(analysis, 'headline');
  if (!headline) return [];
  const rewrite = rewriteHeadline(analysis, analyzers, msg);
  const missing = !analysis.fields.some((field) => field.kind === 'headline');
  const target = rewrite ? rewrite.score : missing ? HEADLINE_WITH_ROLE_AND_SPECIALTY : 0;
  if (target <= headline.value + 5) return [];
  const best = analysis.fields.filter((field) => field.kind === 'headline');
  const hasRole = best.some((field) => field.mentions.some((mention) => mention.entry.kind === 'role'));
  const skills = Math.max(0, ...best.map((field) => field.mentions.filter((mention) => mention.entry.kind !== 'role' && mention.entry.kind !== 'topic').length));
  const hasValue = best.some((field) => cuesOf(field, 'valueWords').length > 0);
  return [
    candidate(
      'professional',
      gains.ifComponents({ headline: target }),
      msg.suggest.headline({ hasRole, skills, hasValue, missing }),
      [...headline.evidence, ...(rewrite?.evidence ?? [])],
      rewrite?.text,
    ),
  ];
}

function aboutSuggestion(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const about = component(analysis, 'about');
  const target = TARGETS.about;
  if (!about || !target || about.value >= target.below) return [];
  const abouts = analysis.fields.filter((field) => field.kind === 'about');
  const role = mainRole(analysis);
  const skills = topSkills(analysis, role).map(skillText);
  const proof = analysis.achievements[0];
  const proofText = proof ? proof.field.text.original.slice(proof.sentence.start, proof.sentence.end).trim() : undefined;
  const parts = (role ? 1 : 0) + (skills.length > 0 ? 1 : 0) + (proofText ? 1 : 0);
  const example = parts >= 2 ? msg.suggest.aboutExample({ role: role ? roleText(role, analysis) : undefined, skills, proof: proofText }) : undefined;
  const longest = abouts.reduce((max, field) => Math.max(max, field.words.length), 0);
  return [
    candidate(
      'professional',
      gains.ifComponents({ about: target.target }),
      msg.suggest.about({ missing: abouts.length === 0, hasValue: abouts.some((field) => cuesOf(field, 'valueWords').length > 0), quantified: analysis.achievements.some((item) => item.field.kind === 'about'), words: longest }),
      about.evidence,
      example,
    ),
  ];
}

/** A sentence that says what was done (an achievement verb) but gives no number. */
function unmeasuredAchievementSentence(analysis: ProfileAnalysis): { text: string; evidence: Evidence } | undefined {
  for (const field of contentFields(analysis.fields)) {
    for (const cue of cuesOf(field, 'achievementVerbs')) {
      const sentence = field.text.sentences.find((span) => span.start <= cue.start && span.end >= cue.end);
      if (!sentence || analysis.achievements.some((item) => item.field === field && item.sentence.start === sentence.start)) continue;
      if (field.risks.some((hit) => hit.start < sentence.end && hit.end > sentence.start)) continue;
      const text = field.text.original.slice(sentence.start, sentence.end).trim();
      if (text.length > 0 && text.length <= 160) return { text, evidence: evidenceFor(field, cue.start, cue.end) };
    }
  }
  return undefined;
}

function simpleSuggestion(
  analysis: ProfileAnalysis,
  gains: GainEstimator,
  key: ComponentKey,
  dimension: SuggestionDimension,
  text: TitledText,
  example?: string,
  extraEvidence: Evidence[] = [],
): Candidate[] {
  const measured = component(analysis, key);
  const target = TARGETS[key];
  if (!measured || !target || measured.value >= target.below) return [];
  return [candidate(dimension, gains.ifComponents({ [key]: target.target }), text, [...measured.evidence, ...extraEvidence], example)];
}

function professionalSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  const role = mainRole(analysis);
  const skills = topSkills(analysis, role);
  const tool = skills.find((skill) => skill.entry.kind === 'tool') ?? skills[0];
  const unmeasured = unmeasuredAchievementSentence(analysis);
  const posts = countedPosts(analysis.fields).length;
  const github = analysis.profile.sources.find((source) => source.platform === 'github' && source.handle);
  const target = analysis.profile.targetRole?.trim();
  const skillNames = analysis.skills.map((skill) => skillText(skill));
  const roleName = role ? roleText(role, analysis) : undefined;
  return [
    ...simpleSuggestion(analysis, gains, 'achievements', 'professional', msg.suggest.achievements({ count: analysis.achievements.length }),
      unmeasured ? msg.suggest.achievementsExample(unmeasured.text) : undefined, unmeasured ? [unmeasured.evidence] : []),
    ...simpleSuggestion(analysis, gains, 'skills', 'professional', msg.suggest.skills({ count: analysis.skills.length }),
      skillNames.length > 0 ? msg.suggest.skillsExample(skillNames) : undefined),
    ...simpleSuggestion(analysis, gains, 'knowledge_sharing', 'professional', msg.suggest.knowledgeSharing({ posts }),
      tool ? msg.suggest.knowledgeExample({ skill: skillText(tool), role: role ? roleText(role, analysis) : undefined }) : undefined),
    ...simpleSuggestion(analysis, gains, 'credentials', 'professional', msg.suggest.credentials({ role: roleName })),
    ...simpleSuggestion(analysis, gains, 'portfolio', 'professional', msg.suggest.portfolio({ role: roleName, kind: portfolioKind(analysis) }),
      github?.handle ? msg.suggest.portfolioExample(github.handle) : undefined),
    ...(target
      ? simpleSuggestion(analysis, gains, 'target_fit', 'professional', msg.suggest.targetFit({ target, roleMatch: analysis.target?.roleMatch }))
      : []),
  ];
}

function consistencySuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
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

function toneSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
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

/** Every suggestion the analysis supports, most valuable first; ties keep risk fixes first. */
export function buildSuggestions(
  analysis: ProfileAnalysis,
  flags: readonly Flag[],
  penalty: RiskPenalty,
  analyzers: TextAnalyzers,
  msg: Messages,
): Suggestion[] {
  const gains = new GainEstimator(analysis, penalty, flags);
  const candidates = [
    ...riskSuggestions(analysis, flags, gains, msg),
    ...claimSuggestions(analysis, gains, msg),
    ...engagementSuggestions(analysis, flags, gains, msg),
    ...headlineSuggestion(analysis, analyzers, gains, msg),
    ...aboutSuggestion(analysis, gains, msg),
    ...professionalSuggestions(analysis, gains, msg),
    ...identitySuggestion(analysis, gains, msg),
    ...consistencySuggestions(analysis, gains, msg),
    ...toneSuggestions(analysis, gains, msg),
  ].filter((item) => item.dimension === 'risk' || item.expectedGain > 0 || item.weightedGain > 0);
  const examples = safeExamples(candidates.map((item) => item.example), analysis, flags, analyzers);
  // What lifts the grade first (a flag or a missing essential that holds the band), then the rest by their weighted gain.
  return candidates
    .map((item, index) => ({ ...item, example: examples[index] }))
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.expectedGain - a.item.expectedGain || b.item.weightedGain - a.item.weightedGain || a.order - b.order)
    .map(({ item }, index) => ({
      dimension: item.dimension,
      priority: index + 1,
      expectedGain: item.expectedGain,
      title: item.title,
      detail: item.detail,
      ...(item.example ? { example: item.example } : {}),
      evidence: item.evidence,
    }));
}

import type { ProfileAnalysis } from '../profile/analyze';
import type { Evidence } from '../types';
import { evidenceFor } from '../profile/evidence';
import { contentFields, countedPosts, cuesOf, type TextAnalyzers } from '../profile/fields';
import { skillText } from '../profile/signals';
import type { GainEstimator } from './gains';
import { mainRole, rewriteHeadline, roleText, topSkills } from './headline';
import type { Messages } from './messages/types';
import { portfolioKind } from './suggestion-guards';
import { candidate, component, HEADLINE_WITH_ROLE_AND_SPECIALTY, once, simpleSuggestion, TARGETS, type Candidate } from './suggestion-candidates';

/** Suggestions for the professional signals: headline, about, results, skills, knowledge, proof, target role. */

export function headlineSuggestion(analysis: ProfileAnalysis, analyzers: TextAnalyzers, gains: GainEstimator, msg: Messages): Candidate[] {
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

export function aboutSuggestion(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
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

export function professionalSuggestions(analysis: ProfileAnalysis, gains: GainEstimator, msg: Messages): Candidate[] {
  // Most profiles earn none of these: the role and skills are read only for advice that is given.
  const role = once(() => mainRole(analysis));
  const roleName = once(() => {
    const main = role();
    return main ? roleText(main, analysis) : undefined;
  });
  const target = analysis.profile.targetRole?.trim();
  return [
    ...simpleSuggestion(analysis, gains, 'achievements', 'professional', () => {
      const unmeasured = unmeasuredAchievementSentence(analysis);
      return {
        text: msg.suggest.achievements({ count: analysis.achievements.length }),
        example: unmeasured ? msg.suggest.achievementsExample(unmeasured.text) : undefined,
        extraEvidence: unmeasured ? [unmeasured.evidence] : [],
      };
    }),
    ...simpleSuggestion(analysis, gains, 'skills', 'professional', () => {
      const skillNames = analysis.skills.map((skill) => skillText(skill));
      return { text: msg.suggest.skills({ count: analysis.skills.length }), example: skillNames.length > 0 ? msg.suggest.skillsExample(skillNames) : undefined };
    }),
    ...simpleSuggestion(analysis, gains, 'knowledge_sharing', 'professional', () => {
      const skills = topSkills(analysis, role());
      const tool = skills.find((skill) => skill.entry.kind === 'tool') ?? skills[0];
      return {
        text: msg.suggest.knowledgeSharing({ posts: countedPosts(analysis.fields).length }),
        example: tool ? msg.suggest.knowledgeExample({ skill: skillText(tool), role: roleName() }) : undefined,
      };
    }),
    ...simpleSuggestion(analysis, gains, 'credentials', 'professional', () => ({ text: msg.suggest.credentials({ role: roleName() }) })),
    ...simpleSuggestion(analysis, gains, 'portfolio', 'professional', () => {
      const github = analysis.profile.sources.find((source) => source.platform === 'github' && source.handle);
      return {
        text: msg.suggest.portfolio({ role: roleName(), kind: portfolioKind(analysis) }),
        example: github?.handle ? msg.suggest.portfolioExample(github.handle) : undefined,
      };
    }),
    ...(target
      ? simpleSuggestion(analysis, gains, 'target_fit', 'professional', () => ({ text: msg.suggest.targetFit({ target, roleMatch: analysis.target?.roleMatch }) }))
      : []),
  ];
}

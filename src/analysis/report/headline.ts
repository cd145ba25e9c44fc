import type { ProfileAnalysis } from '../profile/analyze';
import { extractClaims, type Claim } from '../profile/claims';
import { cuesOf, buildField, type ProfileField, type TextAnalyzers } from '../profile/fields';
import { evidenceFor } from '../profile/evidence';
import { findAchievements, headlineQuality, skillText, titleCase, type SkillMention } from '../profile/signals';
import { familiesRelated } from '../profile/taxonomy';
import type { Evidence } from '../types';
import type { Messages } from './messages/types';

export interface HeadlineRewrite {
  text: string;
  score: number;
  evidence: Evidence[];
}

const MAX_SKILLS = 3;
const MAX_VALUE_LENGTH = 60;

/** The role the candidate names most often (headline mentions count double), as written in a headline if possible. */
export function mainRole(analysis: ProfileAnalysis): Claim | undefined {
  const roles = analysis.claims.filter((claim) => claim.kind === 'role');
  if (roles.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const claim of roles) counts.set(claim.value, (counts.get(claim.value) ?? 0) + (claim.field.kind === 'headline' ? 2 : 1));
  let bestValue = roles[0].value;
  for (const claim of roles) if ((counts.get(claim.value) ?? 0) > (counts.get(bestValue) ?? 0)) bestValue = claim.value;
  const sameRole = roles.filter((claim) => claim.value === bestValue);
  return sameRole.find((claim) => claim.field.kind === 'headline' && claim.field.platform === 'linkedin') ?? sameRole.find((claim) => claim.field.kind === 'headline') ?? sameRole[0];
}

/** The role as written, with a seniority word that directly precedes it ("Senior Data Analyst"). */
export function roleText(claim: Claim, analysis: ProfileAnalysis): string {
  const seniority = precedingSeniority(analysis, claim);
  const start = seniority?.start ?? claim.start;
  const surface = claim.field.text.original.slice(start, claim.end).trim();
  return surface !== surface.toLowerCase() ? surface : titleCase(surface);
}

const EMPLOYER_JOINERS = new Set(['at', 'di', '@']);

/** The employer named right after the role in the same text ("Software Engineer at Tokopedia"). */
function followingEmployer(analysis: ProfileAnalysis, role: Claim): Claim | undefined {
  return analysis.claims.find(
    (claim) =>
      claim.kind === 'employer' &&
      claim.field === role.field &&
      claim.start >= role.end &&
      EMPLOYER_JOINERS.has(claim.field.text.original.slice(role.end, claim.start).trim().toLowerCase()),
  );
}

/** Role segment of a headline: seniority, role and current employer, all as the candidate wrote them. */
function roleSegment(analysis: ProfileAnalysis, role: Claim): { text: string; start: number; end: number } {
  const start = precedingSeniority(analysis, role)?.start ?? role.start;
  const employer = followingEmployer(analysis, role);
  const end = employer?.end ?? role.end;
  const text = roleText(role, analysis) + (employer ? role.field.text.original.slice(role.end, end) : '');
  return { text, start, end };
}

function precedingSeniority(analysis: ProfileAnalysis, role: Claim): Claim | undefined {
  const contradictedSeniority = analysis.contradictions.some((contradiction) => contradiction.kind === 'seniority');
  if (contradictedSeniority) return undefined;
  return analysis.claims.find(
    (claim) =>
      claim.kind === 'seniority' &&
      claim.field === role.field &&
      claim.end <= role.start &&
      claim.field.text.original.slice(claim.end, role.start).trim() === '',
  );
}

/** Skills that fit the main role first, named tools before broader skills, then the most often named. */
export function topSkills(analysis: ProfileAnalysis, role: Claim | undefined, limit = MAX_SKILLS): SkillMention[] {
  const family = role?.entry?.family;
  // Each skill's keys once, not per comparison of the sort.
  return analysis.skills
    .map((skill, order) => ({ skill, order, fits: family && familiesRelated(family, skill.entry.family) ? 1 : 0, tool: skill.entry.kind === 'tool' ? 1 : 0 }))
    .sort((a, b) => b.fits - a.fits || b.tool - a.tool || b.skill.count - a.skill.count || a.order - b.order)
    .slice(0, limit)
    .map((item) => item.skill);
}

function joinSkills(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}

function contradicted(analysis: ProfileAnalysis, claim: Claim): boolean {
  return analysis.contradictions.some((contradiction) => [...contradiction.first, ...contradiction.second].includes(claim));
}

/** A short result phrase of the candidate's own: years of experience, or a measured achievement. */
function valueSegment(analysis: ProfileAnalysis, msg: Messages): { text: string; evidence: Evidence } | undefined {
  const years = analysis.claims.find((claim) => claim.kind === 'years' && !contradicted(analysis, claim));
  if (years) return { text: msg.suggest.headlineYears(years.value), evidence: evidenceFor(years.field, years.start, years.end) };
  for (const achievement of analysis.achievements) {
    const verb = cuesOf(achievement.field, 'achievementVerbs')
      .filter((cue) => cue.start >= achievement.sentence.start && cue.end <= achievement.start)
      .pop();
    if (!verb) continue;
    const phrase = achievement.field.text.original.slice(verb.start, achievement.end).trim();
    if (phrase.length <= MAX_VALUE_LENGTH) return { text: phrase, evidence: evidenceFor(achievement.field, verb.start, achievement.end) };
  }
  return undefined;
}

/** Role | skills | value, from the candidate's own words only; undefined when they give too little. */
export function rewriteHeadline(analysis: ProfileAnalysis, analyzers: TextAnalyzers, msg: Messages): HeadlineRewrite | undefined {
  const role = mainRole(analysis);
  const skills = topSkills(analysis, role);
  const value = valueSegment(analysis, msg);
  const roleWords = role ? roleSegment(analysis, role) : undefined;
  const segments = [roleWords?.text, skills.length ? joinSkills(skills.map(skillText)) : undefined, value?.text].filter(
    (segment): segment is string => segment !== undefined && segment.length > 0,
  );
  if (segments.length < 2) return undefined;
  const text = segments.join(' | ');
  const platform = analysis.profile.sources[role?.field.source ?? 0]?.platform ?? 'linkedin';
  const field: ProfileField = buildField(analyzers, role?.field.source ?? 0, platform, 'headline', 'headline', text, undefined, false);
  const claims = extractClaims(field);
  const quality = headlineQuality(field, findAchievements([field], claims), claims);
  const evidence = [
    ...(role && roleWords ? [evidenceFor(role.field, roleWords.start, roleWords.end)] : []),
    ...skills.map((skill) => evidenceFor(skill.field, skill.start, skill.end)),
    ...(value ? [value.evidence] : []),
  ];
  return { text, score: quality.score, evidence };
}

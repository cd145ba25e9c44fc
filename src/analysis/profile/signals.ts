import type { Span } from '../text/types';
import type { Evidence, Profile } from '../types';
import type { Messages } from '../report/messages/types';
import type { Claim } from './claims';
import { MAX_COMPONENT_EVIDENCE, type Measured } from './component';
import type { Achievement } from './achievements';
import { cueList } from './cues';
import { evidenceFor, wholeCodePoints } from './evidence';
import { contentFields, countedPosts, cuesOf, hasCue, type ProfileField } from './fields';
import { clamp } from './similarity';
import { familiesRelated, type TaxonomyEntry } from './taxonomy';

import { isWorkResult } from './achievements';
export { findAchievements, isWorkResult, type Achievement } from './achievements';
export { credentialsComponent } from './credentials';

/** Every result is a separate fact a recruiter may look for, so more of them keep their evidence. */
const ACHIEVEMENT_EVIDENCE = 16;

const PORTFOLIO_DOMAINS = cueList('portfolioDomains');
const SOCIAL_DOMAINS = cueList('socialDomains');

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && span.end > start);
}

export function achievementsComponent(achievements: readonly Achievement[], msg: Messages): Measured {
  return {
    key: 'achievements',
    // A grade is shown as evidence but scores nothing: it records study, not work.
    value: Math.min(100, achievements.filter(isWorkResult).length * 34),
    explanation: msg.explain.achievements({ count: achievements.length }),
    evidence: achievements.slice(0, ACHIEVEMENT_EVIDENCE).map((item) => evidenceFor(item.field, item.start, item.end)),
  };
}

export interface HeadlineQuality {
  score: number;
  hasRole: boolean;
  skills: number;
  hasValue: boolean;
  words: number;
}

export function headlineQuality(field: ProfileField, achievements: readonly Achievement[], claims: readonly Claim[]): HeadlineQuality {
  const hasRole = field.mentions.some((mention) => mention.entry.kind === 'role');
  const skills = field.mentions.filter((mention) => mention.entry.kind === 'skill' || mention.entry.kind === 'tool').length;
  const hasValue =
    hasCue(field, 'valueWords') ||
    hasCue(field, 'achievementVerbs') ||
    achievements.some((item) => item.field === field) ||
    claims.some((claim) => claim.field === field && claim.kind === 'years');
  const words = field.words.length;
  let score = (hasRole ? 40 : 0) + (skills >= 2 ? 30 : skills === 1 ? 15 : 0) + (hasValue ? 30 : 0);
  if (words < 2) score = Math.min(score, 30);
  if (words > 30) score -= 15;
  return { score: clamp(score), hasRole, skills, hasValue, words };
}

const ABOUT_FULL_LENGTH = 40;
/** Without a headline, the about text stands in: at 60% where LinkedIn (which has a headline field) is present, else in full. */
const HEADLINE_FROM_ABOUT_CREDIT = 0.6;

export function headlineComponent(fields: readonly ProfileField[], achievements: readonly Achievement[], claims: readonly Claim[], msg: Messages): Measured {
  const headlines = fields.filter((field) => field.kind === 'headline');
  const scored = headlines.map((field) => ({ field, quality: headlineQuality(field, achievements, claims) }));
  const best = scored.reduce<(typeof scored)[number] | undefined>((top, item) => (!top || item.quality.score > top.quality.score ? item : top), undefined);
  if (best) {
    return {
      key: 'headline',
      value: best.quality.score,
      explanation: msg.explain.headline({ ...best.quality, platform: best.field.platform, fromAbout: false, creditPct: 100 }),
      evidence: [evidenceFor(best.field, 0, best.field.text.original.length)],
    };
  }
  const about = fields.find((field) => field.kind === 'about' && field.words.length > 0);
  if (!about) return { key: 'headline', value: 0, explanation: msg.explain.headlineMissing(), evidence: [] };
  const quality = headlineQuality(about, achievements, claims);
  const credit = fields.some((field) => field.platform === 'linkedin') ? HEADLINE_FROM_ABOUT_CREDIT : 1;
  return {
    key: 'headline',
    value: quality.score * credit,
    explanation: msg.explain.headline({ ...quality, platform: about.platform, fromAbout: true, creditPct: Math.round(credit * 100) }),
    evidence: [evidenceFor(about, about.words[0].start, about.words[0].end)],
  };
}

export interface AboutQuality {
  score: number;
  words: number;
  hasValue: boolean;
  namesWork: boolean;
  quantified: boolean;
}

export function aboutQuality(field: ProfileField, achievements: readonly Achievement[]): AboutQuality {
  const words = field.words.length;
  const hasValue = hasCue(field, 'valueWords');
  const namesWork = field.mentions.some((mention) => mention.entry.kind !== 'topic');
  const quantified = achievements.some((item) => item.field === field);
  const score = 35 * Math.min(1, words / ABOUT_FULL_LENGTH) + (hasValue ? 25 : 0) + (namesWork ? 20 : 0) + (quantified ? 20 : 0);
  return { score, words, hasValue, namesWork, quantified };
}

export function aboutComponent(fields: readonly ProfileField[], achievements: readonly Achievement[], msg: Messages): Measured {
  const abouts = fields.filter((field) => field.kind === 'about');
  const scored = abouts.map((field) => ({ field, quality: aboutQuality(field, achievements) }));
  const best = scored.reduce<(typeof scored)[number] | undefined>((top, item) => (!top || item.quality.score > top.quality.score ? item : top), undefined);
  if (!best) return { key: 'about', value: 0, explanation: msg.explain.aboutMissing(), evidence: [] };
  const valueCue = cuesOf(best.field, 'valueWords')[0];
  const anchor = valueCue ?? best.field.words[0];
  return {
    key: 'about',
    value: best.quality.score,
    explanation: msg.explain.about({ ...best.quality, platform: best.field.platform }),
    evidence: anchor ? [evidenceFor(best.field, anchor.start, anchor.end)] : [],
  };
}

export interface SkillMention {
  entry: TaxonomyEntry;
  field: ProfileField;
  start: number;
  end: number;
  surface: string;
  count: number;
}

/** Distinct skills and tools named anywhere, in order of first mention, with how often each is named. */
export function namedSkills(fields: readonly ProfileField[]): SkillMention[] {
  const byId = new Map<string, SkillMention>();
  for (const field of contentFields(fields)) {
    for (const mention of field.mentions) {
      if (mention.entry.kind !== 'skill' && mention.entry.kind !== 'tool') continue;
      const known = byId.get(mention.entry.id);
      if (known) known.count += 1;
      else byId.set(mention.entry.id, { entry: mention.entry, field, start: mention.start, end: mention.end, surface: field.text.original.slice(mention.start, mention.end), count: 1 });
    }
  }
  return [...byId.values()];
}

function hasUpperCase(value: string): boolean {
  return value !== value.toLowerCase();
}

export function titleCase(value: string): string {
  return value
    .split(' ')
    .map((word) => (word.length === 0 ? word : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}

/** The skill as the candidate wrote it; lower-case spellings take the taxonomy's casing or title case. */
export function skillText(skill: SkillMention): string {
  const surface = skill.surface.trim();
  if (hasUpperCase(surface)) return surface;
  return surface === skill.entry.label.toLowerCase() ? skill.entry.label : titleCase(surface);
}

export function skillsComponent(skills: readonly SkillMention[], msg: Messages): Measured {
  return {
    key: 'skills',
    value: Math.min(100, skills.length * 20),
    explanation: msg.explain.skills({ count: skills.length, names: skills.slice(0, 8).map(skillText) }),
    evidence: skills.slice(0, MAX_COMPONENT_EVIDENCE).map((skill) => evidenceFor(skill.field, skill.start, skill.end)),
  };
}

export function knowledgeComponent(fields: readonly ProfileField[], msg: Messages): Measured {
  const posts = countedPosts(fields);
  const sharing = posts.filter((field) => hasCue(field, 'knowledgeCues'));
  const value = sharing.length === 0 ? 0 : sharing.length === 1 ? 40 : sharing.length === 2 ? 70 : 100;
  return {
    key: 'knowledge_sharing',
    value,
    explanation: msg.explain.knowledgeSharing({ posts: posts.length, sharing: sharing.length }),
    evidence: sharing.slice(0, MAX_COMPONENT_EVIDENCE).map((field) => {
      const cue = cuesOf(field, 'knowledgeCues')[0];
      return evidenceFor(field, cue.start, cue.end);
    }),
  };
}

function domainOf(url: string): string {
  let rest = url.toLowerCase();
  for (const scheme of ['https://', 'http://']) if (rest.startsWith(scheme)) rest = rest.slice(scheme.length);
  if (rest.startsWith('www.')) rest = rest.slice(4);
  const slash = rest.indexOf('/');
  return slash >= 0 ? rest.slice(0, slash) : rest;
}

function matchesDomain(domain: string, list: readonly string[]): boolean {
  return list.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}

export type LinkKind = 'portfolio' | 'site';

export function linkKind(url: string): LinkKind | undefined {
  const domain = domainOf(url);
  if (!domain.includes('.')) return undefined;
  if (matchesDomain(domain, PORTFOLIO_DOMAINS)) return 'portfolio';
  return matchesDomain(domain, SOCIAL_DOMAINS) ? undefined : 'site';
}

export function portfolioComponent(profile: Profile, fields: readonly ProfileField[], msg: Messages): Measured {
  const links: { label: string; kind: LinkKind; evidence?: Evidence }[] = [];
  for (const field of contentFields(fields)) {
    for (const token of field.text.scoringTokens) {
      if (token.kind !== 'url') continue;
      const kind = linkKind(token.norm);
      if (kind) links.push({ label: domainOf(token.norm), kind, evidence: evidenceFor(field, token.start, token.end) });
    }
  }
  profile.sources.forEach((source, index) => {
    const fromUrl = source.url ? linkKind(source.url) : undefined;
    if (source.url && fromUrl) {
      links.push({ label: domainOf(source.url), kind: fromUrl, evidence: { source: index, field: 'url', start: 0, end: source.url.length, excerpt: source.url.slice(0, wholeCodePoints(source.url, 0, 160).end) } });
    } else if (source.platform === 'github' && (source.handle || source.url)) {
      links.push({ label: 'github.com', kind: 'portfolio' });
    }
  });
  const value = links.some((link) => link.kind === 'portfolio') ? 100 : links.length > 0 ? 80 : 0;
  return {
    key: 'portfolio',
    value,
    explanation: msg.explain.portfolio({ links: [...new Set(links.map((link) => link.label))] }),
    evidence: links.flatMap((link) => (link.evidence ? [link.evidence] : [])).slice(0, MAX_COMPONENT_EVIDENCE),
  };
}

export type RoleMatch = 'exact' | 'related' | 'none';

export interface TargetFit {
  component: Measured;
  /** How the claimed roles relate to the target; undefined when the target is not a known role. */
  roleMatch?: RoleMatch;
}

export function targetFit(
  targetRole: string,
  targetEntries: readonly TaxonomyEntry[],
  targetWords: readonly string[],
  claims: readonly Claim[],
  skills: readonly SkillMention[],
  fields: readonly ProfileField[],
  msg: Messages,
): TargetFit {
  const targetRoles = targetEntries.filter((entry) => entry.kind === 'role');
  const roleClaims = claims.filter((claim) => claim.kind === 'role' && claim.entry);
  if (targetRoles.length === 0) return { component: targetFitByWords(targetRole, targetWords, fields, msg) };
  const targetIds = new Set(targetRoles.map((entry) => entry.id));
  const exact = roleClaims.find((claim) => targetIds.has(claim.value));
  const related = roleClaims.find((claim) => targetRoles.some((entry) => familiesRelated(entry.family, (claim.entry as TaxonomyEntry).family)));
  const roleMatch: RoleMatch = exact ? 'exact' : related ? 'related' : 'none';
  const fitting = skills.filter((skill) => targetRoles.some((entry) => familiesRelated(entry.family, skill.entry.family)));
  const roleScore = roleMatch === 'exact' ? 1 : roleMatch === 'related' ? 0.6 : 0;
  const matchedClaim = exact ?? related;
  const evidence = [
    ...(matchedClaim ? [evidenceFor(matchedClaim.field, matchedClaim.start, matchedClaim.end)] : []),
    ...fitting.slice(0, 3).map((skill) => evidenceFor(skill.field, skill.start, skill.end)),
  ];
  return {
    roleMatch,
    component: {
      key: 'target_fit',
      value: 100 * (0.5 * roleScore + 0.5 * Math.min(1, fitting.length / 3)),
      explanation: msg.explain.targetFit({ target: targetRole, roleMatch, skills: fitting.map(skillText) }),
      evidence,
    },
  };
}

function targetFitByWords(targetRole: string, targetWords: readonly string[], fields: readonly ProfileField[], msg: Messages): Measured {
  const headlineAndAbout = fields.filter((field) => field.kind === 'headline' || field.kind === 'about');
  const present = new Set(headlineAndAbout.flatMap((field) => field.words.map((token) => token.norm)));
  const wanted = [...new Set(targetWords)];
  const found = wanted.filter((word) => present.has(word));
  return {
    key: 'target_fit',
    value: wanted.length === 0 ? 0 : (100 * found.length) / wanted.length,
    explanation: msg.explain.targetFitWords({ target: targetRole, found: found.length, wanted: wanted.length }),
    evidence: [],
  };
}

import type { Messages } from '../report/messages/types';
import type { RoleReading } from '../reading';
import type { Language, Profile, ReportLocale } from '../types';
import { activityComponent, activityFacts, type ActivityFacts } from './activity';
import { extractClaims, findContradictions, type Claim, type Contradiction } from './claims';
import type { DimensionKey, Measured } from './component';
import {
  claimsComponent,
  identityComponent,
  nameMismatches,
  nicheComponent,
  nicheFacts,
  sourceIdentities,
  voiceComponent,
  voiceFits,
  type NameMismatch,
  type NicheFacts,
  type SourceIdentity,
  type VoiceFit,
} from './consistency';
import { engagementComponent, engagementFacts, type EngagementFacts } from './engagement';
import { readProfileFields, type ProfileField, type TextAnalyzers } from './fields';
import { chooseLocale, profileLanguage } from './language';
import {
  aboutComponent,
  achievementsComponent,
  credentialsComponent,
  findAchievements,
  headlineComponent,
  knowledgeComponent,
  namedSkills,
  portfolioComponent,
  skillsComponent,
  targetFit,
  type Achievement,
  type SkillMention,
  type TargetFit,
} from './signals';
import { findTaxonomyMentions } from './taxonomy';
import { emotionalControlComponent, professionalismComponent, promotionComponent, sentimentComponent } from './tone';

export interface AnalysisOptions {
  locale?: ReportLocale;
  /** ISO date the activity recency is measured against; defaults to the newest date in the profile. */
  referenceDate?: string;
}

/** Everything the report is built from: analysed fields, extracted facts and measured components. */
export interface ProfileAnalysis {
  profile: Profile;
  locale: ReportLocale;
  language: { primary: Language; sources: { source: number; language: Language }[] };
  fields: ProfileField[];
  /** The role and field the person presents, read once from headlines and about texts. */
  role?: RoleReading;
  claims: Claim[];
  contradictions: Contradiction[];
  identities: SourceIdentity[];
  nameMismatches: NameMismatch[];
  engagement: EngagementFacts[];
  achievements: Achievement[];
  skills: SkillMention[];
  activity: ActivityFacts;
  niche?: NicheFacts;
  voice: VoiceFit[];
  target?: TargetFit;
  components: Record<DimensionKey, Measured[]>;
}

function present(items: (Measured | undefined)[]): Measured[] {
  return items.filter((item): item is Measured => item !== undefined);
}

function measureTargetFit(
  targetRole: string,
  analyzers: TextAnalyzers,
  claims: readonly Claim[],
  skills: readonly SkillMention[],
  fields: readonly ProfileField[],
  msg: Messages,
): TargetFit {
  const text = analyzers.analyzeText(targetRole, { source: -1, field: 'targetRole' });
  const entries = findTaxonomyMentions(text).map((mention) => mention.entry);
  const words = text.scoringTokens.filter((token) => token.kind === 'word' && token.norm.length > 2).map((token) => token.norm);
  return targetFit(targetRole, entries, words, claims, skills, fields, msg);
}

export function analyzeProfile(
  profile: Profile,
  analyzers: TextAnalyzers,
  options: AnalysisOptions,
  messagesFor: (locale: ReportLocale) => Messages,
): ProfileAnalysis {
  const { fields, role } = readProfileFields(profile, analyzers);
  const language = profileLanguage(profile, fields);
  const locale = chooseLocale(options.locale, profile, language.primary);
  const msg = messagesFor(locale);
  const claims = fields.flatMap(extractClaims);
  const contradictions = findContradictions(claims, fields);
  const identities = sourceIdentities(fields, profile.sources.map((source) => source.platform));
  const engagement = engagementFacts(profile, msg);
  const achievements = findAchievements(fields, claims);
  const skills = namedSkills(fields);

  const activity = activityFacts(fields, options.referenceDate);
  const niche = nicheFacts(fields);
  const voice = voiceFits(fields);
  const target = profile.targetRole?.trim() ? measureTargetFit(profile.targetRole, analyzers, claims, skills, fields, msg) : undefined;

  return {
    profile,
    locale,
    language,
    fields,
    role,
    claims,
    contradictions,
    identities,
    nameMismatches: nameMismatches(identities),
    engagement,
    achievements,
    skills,
    activity,
    niche,
    voice,
    target,
    components: {
      consistency: present([
        identityComponent(identities, msg),
        claimsComponent(claims, contradictions, msg),
        nicheComponent(fields, msg, niche),
        voiceComponent(fields, msg, voice),
        activityComponent(fields, msg, options.referenceDate, activity),
      ]),
      tone: present([
        professionalismComponent(fields, msg),
        sentimentComponent(fields, msg),
        emotionalControlComponent(fields, msg),
        promotionComponent(fields, msg),
      ]),
      professional: present([
        headlineComponent(fields, achievements, claims, msg),
        aboutComponent(fields, achievements, msg),
        achievementsComponent(achievements, msg),
        skillsComponent(skills, msg),
        knowledgeComponent(fields, msg),
        credentialsComponent(fields, msg),
        portfolioComponent(profile, fields, msg),
        engagementComponent(engagement, msg),
        target?.component,
      ]),
    },
  };
}

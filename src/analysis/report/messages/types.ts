import type { ComponentKey, DimensionKey } from '../../profile/component';
import type { ContradictionKind } from '../../profile/claims';
import type { RoleMatch } from '../../profile/signals';
import type { FlagCategory, Platform, ReportLocale, Severity } from '../../types';

export interface TitledText {
  title: string;
  detail: string;
}

/** Every sentence the report writes, in one locale. Numbers arrive unrounded; tables round them. */
/** What proof of work fits the person's field: code, design work, clinical credentials or written work. */
export type PortfolioKind = 'code' | 'design' | 'clinical' | 'writing';

export interface Messages {
  locale: ReportLocale;
  platform: Record<Platform, string>;
  componentLabel: Record<ComponentKey, string>;
  dimensionLabel: Record<DimensionKey, string>;
  categoryLabel: Record<FlagCategory, string>;
  severityLabel: Record<Severity, string>;
  familyLabel(family: string): string;
  contradictionLabel: Record<ContradictionKind, string>;

  metricsExcerpt(p: { followers: number; following?: number; likes?: number; comments?: number; ratePct: number }): string;

  explain: {
    identity(p: { pairs: number; similarityPct: number }): string;
    claims(p: { claims: number; contradictions: ContradictionKind[] }): string;
    niche(p: { family: string; onNichePct: number; overlapPct?: number; units: number }): string;
    voice(p: { sources: number; worstPlatform: Platform; worstInformalPct: number }): string;
    activity(p: { datedPosts: number; worstDays?: number; referenceGiven: boolean; medianGap?: number }): string;
    professionalism(p: { words: number; informal: number; informalPct: number; emoji: number; exclamations: number; shouted: number; profanity: number }): string;
    sentiment(p: { units: number; negative: number; attacks: number }): string;
    emotionalControl(p: { units: number; outbursts: number }): string;
    promotion(p: { units: number; selling: number }): string;
    headline(p: { platform: Platform; hasRole: boolean; skills: number; hasValue: boolean; words: number; fromAbout: boolean; creditPct: number }): string;
    headlineMissing(): string;
    about(p: { platform: Platform; words: number; hasValue: boolean; namesWork: boolean; quantified: boolean }): string;
    aboutMissing(): string;
    achievements(p: { count: number }): string;
    skills(p: { count: number; names: string[] }): string;
    knowledgeSharing(p: { posts: number; sharing: number }): string;
    credentials(p: { degree: boolean; certificate: boolean }): string;
    portfolio(p: { links: string[] }): string;
    engagement(p: { platform: Platform; ratePct: number; normPct: number; followBack: boolean }[]): string;
    targetFit(p: { target: string; roleMatch: RoleMatch; skills: string[] }): string;
    targetFitWords(p: { target: string; found: number; wanted: number }): string;
  };

  flag: {
    risk(p: { category: FlagCategory; platform: Platform; count: number; reason?: string }): string;
    engagement(p: { platform: Platform; ratePct: number; normPct: number; followers: number; following?: number; lowEngagement: boolean; followBack: boolean }): string;
    contradiction(p: { kind: ContradictionKind; firstPlatform: Platform; first: string; secondPlatform: Platform; second: string }): string;
    nameMismatch(p: { aPlatform: Platform; aName: string; bPlatform: Platform; bName: string }): string;
  };

  suggest: {
    risk(p: { category: FlagCategory; platform: Platform; count: number }): TitledText;
    /** A disclosure line to put first; never quotes the flagged post. */
    sponsorshipExample(): string;
    engagement(p: { platform: Platform; ratePct: number; normPct: number }): TitledText;
    contradiction(p: { kind: ContradictionKind; firstPlatform: Platform; first: string; secondPlatform: Platform; second: string }): TitledText;
    identity(p: { name?: string }): TitledText;
    headline(p: { hasRole: boolean; skills: number; hasValue: boolean; missing: boolean }): TitledText;
    about(p: { missing: boolean; hasValue: boolean; quantified: boolean; words: number }): TitledText;
    aboutExample(p: { role?: string; skills: string[]; proof?: string }): string;
    achievements(p: { count: number }): TitledText;
    achievementsExample(sentence: string): string;
    skills(p: { count: number }): TitledText;
    skillsExample(names: string[]): string;
    knowledgeSharing(p: { posts: number }): TitledText;
    knowledgeExample(p: { skill: string; role?: string }): string;
    credentials(p: { role?: string }): TitledText;
    portfolio(p: { role?: string; kind: PortfolioKind }): TitledText;
    portfolioExample(githubHandle: string): string;
    activity(p: { worstDays?: number; medianGap?: number; uneven: boolean }): TitledText;
    niche(p: { family: string; offPlatforms: Platform[] }): TitledText;
    voice(p: { platform: Platform; words: string[] }): TitledText;
    /** `words`: the first five distinct slang words as written (the advice names no more). */
    professionalism(p: { words: string[]; emoji: number; exclamations: number; shouted: number }): TitledText;
    sentiment(p: { negative: number; attacks: number }): TitledText;
    emotionalControl(p: { outbursts: number }): TitledText;
    promotion(p: { selling: number; units: number }): TitledText;
    targetFit(p: { target: string; roleMatch?: RoleMatch }): TitledText;
    headlineYears(years: string): string;
  };

  summary: {
    sources(p: { count: number; platforms: Platform[] }): string;
    role(p: { role?: string; skills: string[] }): string | undefined;
    scores(p: { overall: number; grade: string; consistency?: number; tone?: number; professional?: number }): string;
    riskDeduction(p: { points: number; flags: number }): string;
    flags(p: { critical: number; warning: number; info: number }): string;
    strength(p: { label: string; value: number; explanation: string }): string;
    concern(p: { label: string; value: number; explanation: string }): string;
    disclaimer: string;
  };

  cli: {
    title: string;
    overall: string;
    flags: string;
    noFlags: string;
    suggestions: string;
    noSuggestions: string;
    recruiterSummary: string;
    strengths: string;
    concerns: string;
    gain: string;
    example: string;
    weight: string;
    language: string;
    notMeasurable: string;
  };
}

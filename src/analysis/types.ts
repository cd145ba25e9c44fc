/**
 * The engine's public contract: the profile it reads and the report it writes.
 * Field names follow shared/design/AUDIT.md; the API, the CLI and the web page share them.
 */

export const PLATFORMS = ['linkedin', 'x', 'instagram', 'tiktok', 'github', 'facebook', 'website', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const REPORT_LOCALES = ['en', 'id'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

export type Language = 'en' | 'id' | 'mixed' | 'other';

export interface Post {
  text: string;
  /** ISO 8601 date or date-time. */
  postedAt?: string;
  likes?: number;
  comments?: number;
  shares?: number;
}

export interface Metrics {
  followers?: number;
  following?: number;
  avgLikes?: number;
  avgComments?: number;
}

export interface Source {
  platform: Platform;
  handle?: string;
  displayName?: string;
  url?: string;
  headline?: string;
  about?: string;
  posts?: Post[];
  metrics?: Metrics;
}

export interface Profile {
  sources: Source[];
  targetRole?: string;
  locale?: ReportLocale;
}

/** Where a finding comes from: UTF-16 offsets into one field of one submitted source. */
export interface Evidence {
  /** Index in profile.sources. */
  source: number;
  /** 'handle' | 'displayName' | 'url' | 'headline' | 'about' | 'posts[2]' | 'metrics' */
  field: string;
  start: number;
  end: number;
  excerpt: string;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface ScoreComponent {
  key: string;
  label: string;
  /** 0-100 */
  value: number;
  /** Weights of one dimension's components sum to 1. */
  weight: number;
  explanation: string;
  evidence: Evidence[];
}

export interface DimensionScore {
  value: number;
  grade: Grade;
  components: ScoreComponent[];
}

/** How the overall grade was reached (docs/scoring.md): the weighted mean, then the band rules. */
export interface OverallScore {
  value: number;
  grade: Grade;
  /** Weighted mean of the dimensions minus the capped risk deduction, before the band rules. */
  weighted?: number;
  /** The highest band the rules allow ('A' when nothing holds the profile back). */
  ceiling?: Grade;
  /** Why the ceiling is below A: 'critical', 'doxxing', 'conduct', 'sponsorship', 'own_personal_data', 'hard_selling', 'no_results', 'essentials'. */
  reasons?: string[];
  /** Essentials of an excellent profile that are missing: 'role', 'results', 'proof', 'active', 'presence'. */
  missing?: string[];
}

export interface Scores {
  overall: OverallScore;
  consistency: DimensionScore;
  tone: DimensionScore;
  professional: DimensionScore;
}

export const FLAG_CATEGORIES = [
  'profanity',
  'insult',
  'hate',
  'violence',
  'sexual',
  'drugs',
  'gambling',
  'scam',
  'misinformation',
  'confidential',
  'personal_data',
  'undisclosed_sponsorship',
  'engagement_anomaly',
  'inconsistent_claims',
] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Flag {
  /** Stable within one report (e.g. 'gambling-1'); comments and shares refer to flags by it. */
  id: string;
  category: FlagCategory;
  severity: Severity;
  message: string;
  evidence: Evidence[];
}

export type SuggestionDimension = 'consistency' | 'tone' | 'professional' | 'risk';

export interface Suggestion {
  dimension: SuggestionDimension;
  /** 1 = do this first. Ordered by expected gain in score. */
  priority: number;
  /** Estimated points of the overall score this change would gain. */
  expectedGain: number;
  title: string;
  detail: string;
  example?: string;
  evidence: Evidence[];
}

export interface RecruiterFlag {
  id: string;
  category: FlagCategory;
  severity: Severity;
  message: string;
  /** Excerpts with personal data and protected characteristics redacted. */
  excerpts: string[];
}

export interface RecruiterSummary {
  text: string;
  strengths: string[];
  concerns: string[];
  flagCounts: { category: FlagCategory; severity: Severity; count: number }[];
  flags: RecruiterFlag[];
  scores: {
    overall: { value: number; grade: Grade };
    consistency: { value: number; grade: Grade };
    tone: { value: number; grade: Grade };
    professional: { value: number; grade: Grade };
  };
  disclaimer: string;
}

/** The role and field the engine read from the person's headlines and about texts (reading/role.ts). */
export interface ReportReading {
  /** A key such as 'pharmacist', 'journalist', 'game-developer'; null when no role was recognised. */
  role: string | null;
  /** The professional field, e.g. 'health', 'security', 'law-journalism'; null with no role. */
  field: string | null;
  /** Risk categories whose vocabulary is read as professional for this role. */
  professionalCategories: FlagCategory[];
  /** Where the role was read. */
  evidence: Evidence[];
}

export interface Report {
  engineVersion: string;
  locale: ReportLocale;
  language: { primary: Language; sources: { source: number; language: Language }[] };
  /** Additive (engine 1.4): which role the reading inferred, so context decisions can be checked. */
  reading: ReportReading;
  /** The day (YYYY-MM-DD) activity recency was measured against; absent when nothing was dated. */
  referenceDate?: string;
  scores: Scores;
  flags: Flag[];
  suggestions: Suggestion[];
  recruiterSummary: RecruiterSummary;
}

/** Size limits on what a user may submit, checked by validateProfile (the API's one validation too). */
export const PROFILE_LIMITS = {
  sources: 12,
  postsPerSource: 50,
  textField: 20_000,
  shortField: 200,
  url: 2_048,
  targetRole: 200,
  /** Largest metric or engagement count: far above any real account, low enough that sums stay exact. */
  count: 1_000_000_000_000,
} as const;

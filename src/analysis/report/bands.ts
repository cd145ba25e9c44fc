import { isoDay, STALE_DAYS } from '../profile/activity';
import { isWorkResult } from '../profile/achievements';
import type { ProfileAnalysis } from '../profile/analyze';
import type { Measured } from '../profile/component';
import { FLAG_CATEGORIES, type Flag, type FlagCategory, type Grade, type Platform } from '../types';

/**
 * The overall grade a recruiter would give, from rules rather than from the weighted mean alone:
 * a risk caps the band whatever else is strong, and an A needs every essential of a professional
 * profile. The weighted mean still orders profiles inside their band.
 */

export const BAND_WINDOWS: Record<Grade, { low: number; high: number }> = {
  A: { low: 85, high: 100 },
  B: { low: 70, high: 84 },
  C: { low: 55, high: 69 },
  D: { low: 40, high: 54 },
  E: { low: 0, high: 39 },
};
const ORDER: readonly Grade[] = ['E', 'D', 'C', 'B', 'A'];

/** Problems that make an otherwise good profile average: a recruiter notices, but it is not misconduct. */
const NOTABLE: ReadonlySet<FlagCategory> = new Set(['undisclosed_sponsorship', 'personal_data']);
/** Every other category describes the person's conduct (or trustworthiness) towards others. */
const CONDUCT: ReadonlySet<FlagCategory> = new Set(FLAG_CATEGORIES.filter((category) => !NOTABLE.has(category)));
/** Days since the newest post within which a profile still reads as active. */
const ACTIVE_DAYS = 60;
/** An activity component this high (recent and regular) counts as active whatever the newest post's date. */
const ACTIVE_SCORE = 90;
/** A feed where selling outweighs everything else (promotion balance below this) is average at best. */
const HARD_SELLING_FEED = 60;
const LIFT_SPAN = 10;

export type BandReason =
  | 'critical'
  | 'doxxing'
  | 'conduct'
  | 'sponsorship'
  | 'own_personal_data'
  | 'hard_selling'
  | 'no_results'
  | 'essentials';

export interface BandDecision {
  /** The highest band the rules allow. */
  ceiling: Grade;
  /** Why the ceiling is below A; empty when every essential is met and nothing is risky. */
  reasons: BandReason[];
  /** Essentials of an excellent profile that are missing. */
  missing: string[];
}

function rank(grade: Grade): number {
  return ORDER.indexOf(grade);
}

function lower(a: Grade, b: Grade): Grade {
  return rank(a) <= rank(b) ? a : b;
}

/** Personal data in a sentence about another person (their name with an address or phone) is doxxing. */
export function aboutAnotherPerson(flag: Flag, analysis: ProfileAnalysis): boolean {
  return flag.evidence.some((evidence) => {
    const field = analysis.fields.find((item) => item.source === evidence.source && item.field === evidence.field);
    const clauses = field?.read?.reading.clauses ?? [];
    return clauses.some((clause) => clause.start < evidence.end && evidence.start < clause.end && clause.target === 'person');
  });
}

function component(analysis: ProfileAnalysis, key: string): Measured | undefined {
  for (const items of Object.values(analysis.components)) {
    for (const item of items) if (item.key === key) return item;
  }
  return undefined;
}

/** Platforms whose work is shown by what they hold, not by posting (repositories, a personal site). */
const PORTFOLIO_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['github', 'website']);

/**
 * More than one platform where the person is present: a post within STALE_DAYS of the reference date
 * (an account left for half a year, or one with an about and no posts, is no presence), or their own
 * words on a portfolio platform.
 */
export function presentOnSeveral(analysis: ProfileAnalysis): boolean {
  const referenceDay = analysis.activity.referenceDay;
  const present = new Set<number>();
  for (const field of analysis.fields) {
    const day = field.post?.postedAt !== undefined ? isoDay(field.post.postedAt) : undefined;
    const fresh = day === undefined || referenceDay === undefined || referenceDay - day < STALE_DAYS;
    if ((field.kind === 'post' && fresh) || (field.kind === 'about' && PORTFOLIO_PLATFORMS.has(field.platform))) present.add(field.source);
  }
  return present.size > 1;
}

/** A quantified result of work found, or (when a suggestion's gain is estimated) an achievements component raised to one. */
function hasResults(analysis: ProfileAnalysis): boolean {
  return analysis.achievements.some(isWorkResult) || (component(analysis, 'achievements')?.value ?? 0) > 0;
}

/**
 * What an excellent profile has: a clear role, results, proof, recent work, more than one place, nothing risky.
 * `present`: presentOnSeveral(analysis), which reads only the fields: a caller weighing many component changes passes it once.
 */
export function missingEssentials(analysis: ProfileAnalysis, present = presentOnSeveral(analysis)): string[] {
  const missing: string[] = [];
  const headline = component(analysis, 'headline')?.value ?? 0;
  if (analysis.role === undefined && headline < 40) missing.push('role');
  if (!hasResults(analysis)) missing.push('results');
  if ((component(analysis, 'credentials')?.value ?? 0) === 0 && (component(analysis, 'portfolio')?.value ?? 0) === 0) missing.push('proof');
  const { referenceDay, newestDay } = analysis.activity;
  const recent = referenceDay !== undefined && newestDay !== undefined && referenceDay - newestDay <= ACTIVE_DAYS;
  if (!recent && (component(analysis, 'activity')?.value ?? 0) < ACTIVE_SCORE) missing.push('active');
  if (!present) missing.push('presence');
  return missing;
}

/** The ceiling the flags set, with its reasons; flags do not change while suggestions are weighed, so it is computed once. */
export interface FlagCeiling {
  ceiling: Grade;
  reasons: BandReason[];
}

/** The band one flag caps the profile at, and why; undefined for a flag that caps nothing. */
export interface FlagCap {
  grade: Grade;
  reason: BandReason;
}

function flagCap(flag: Flag, analysis: ProfileAnalysis): FlagCap | undefined {
  if (flag.severity === 'info') return undefined;
  if (flag.category === 'personal_data') {
    return aboutAnotherPerson(flag, analysis) ? { grade: 'E', reason: 'doxxing' } : { grade: 'C', reason: 'own_personal_data' };
  }
  if (flag.severity === 'critical') return { grade: 'E', reason: 'critical' };
  if (CONDUCT.has(flag.category)) return { grade: 'D', reason: 'conduct' };
  if (NOTABLE.has(flag.category)) return { grade: 'C', reason: 'sponsorship' };
  return undefined;
}

/** Each flag's cap, in the flags' order: judged once, so the ceiling without any one flag needs no new reading. */
export function flagCaps(analysis: ProfileAnalysis, flags: readonly Flag[]): (FlagCap | undefined)[] {
  return flags.map((flag) => flagCap(flag, analysis));
}

/** The ceiling the caps set, with their reasons in the flags' order. */
export function ceilingOf(caps: readonly (FlagCap | undefined)[]): FlagCeiling {
  const result: FlagCeiling = { ceiling: 'A', reasons: [] };
  caps.forEach((cap) => {
    if (cap === undefined) return;
    result.ceiling = lower(result.ceiling, cap.grade);
    if (!result.reasons.includes(cap.reason)) result.reasons.push(cap.reason);
  });
  return result;
}

export function flagCeiling(analysis: ProfileAnalysis, flags: readonly Flag[]): FlagCeiling {
  return ceilingOf(flagCaps(analysis, flags));
}

/** The ceiling the profile itself sets (hard selling, no results, missing essentials), whatever the flags. */
export interface ProfileCeiling extends FlagCeiling {
  missing: string[];
}

export function profileCeiling(analysis: ProfileAnalysis, present = presentOnSeveral(analysis)): ProfileCeiling {
  const result: ProfileCeiling = { ceiling: 'A', reasons: [], missing: missingEssentials(analysis, present) };
  const cap = (grade: Grade, reason: BandReason) => {
    result.ceiling = lower(result.ceiling, grade);
    result.reasons.push(reason);
  };
  if ((component(analysis, 'promotion')?.value ?? 100) < HARD_SELLING_FEED) cap('C', 'hard_selling');
  if (!hasResults(analysis)) cap('C', 'no_results');
  if (result.missing.length > 0) cap('B', 'essentials');
  return result;
}

/** The band: the lower of both ceilings, the flags' reasons first. */
export function combineCeilings(fromFlags: FlagCeiling, fromProfile: ProfileCeiling): BandDecision {
  const reasons: BandReason[] = [...fromFlags.reasons];
  for (const reason of fromProfile.reasons) if (!reasons.includes(reason)) reasons.push(reason);
  return { ceiling: lower(fromFlags.ceiling, fromProfile.ceiling), reasons, missing: fromProfile.missing };
}

export function decideBand(analysis: ProfileAnalysis, flags: readonly Flag[], fromFlags: FlagCeiling = flagCeiling(analysis, flags)): BandDecision {
  return combineCeilings(fromFlags, profileCeiling(analysis));
}

/** Moves a value into a band's window, keeping its order among values moved into the same band. */
function intoBand(value: number, band: Grade): number {
  const { low, high } = BAND_WINDOWS[band];
  return Math.round(low + (Math.max(0, Math.min(100, value)) / 100) * (high - low));
}

/**
 * The overall value: the weighted mean where its own band is allowed; capped profiles are placed in
 * the band the rules allow, and a profile with every essential and nothing risky that the mean puts
 * one band short of A is lifted into A.
 */
export function bandedValue(base: number, natural: Grade, decision: BandDecision): number {
  if (rank(natural) > rank(decision.ceiling)) return intoBand(base, decision.ceiling);
  if (decision.ceiling === 'A' && natural === 'B') {
    // The lower two thirds of A, so a lifted profile does not pass one the mean already rates excellent.
    const { low, high } = BAND_WINDOWS.B;
    return Math.round(BAND_WINDOWS.A.low + ((base - low) / (high - low)) * LIFT_SPAN);
  }
  return base;
}
